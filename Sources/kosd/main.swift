print("kosd")
