"""The peer for `kos validate`: PyYAML's C loader plus jsonschema against `kos schema`'s output.

Prints how long the in-process part took, so a reader can separate Python's start-up from the work.
"""
import time

t_start = time.perf_counter()
import json  # noqa: E402
import sys  # noqa: E402

import jsonschema  # noqa: E402
import yaml  # noqa: E402

assert yaml.__with_libyaml__, "PyYAML without its C extension would be an unfair peer"


def main():
    t0 = time.perf_counter()
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    docs = bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            for doc in yaml.load_all(f, Loader=yaml.CSafeLoader):
                if doc is None:
                    continue
                docs += 1
                if any(True for _ in validator.iter_errors(doc)):
                    bad += 1
    t1 = time.perf_counter()
    print(f"{docs} documents, {bad} invalid; imports {1000 * (t0 - t_start):.0f} ms, work {1000 * (t1 - t0):.0f} ms")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
