print("kos")
