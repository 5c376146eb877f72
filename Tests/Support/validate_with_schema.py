"""Validates YAML definition files against kosflow's printed JSON Schema, independently of kosflow.

Usage: validate_with_schema.py SCHEMA.json FILE.yaml...; exit 0 when every document is valid, 1 otherwise.
"""
import json
import sys

import jsonschema
import yaml


def main() -> int:
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    jsonschema.Draft202012Validator.check_schema(schema)
    count, bad = 0, 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                if doc is None:
                    continue
                count += 1
                errors = list(validator.iter_errors(doc))
                for e in errors:
                    print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
                bad += bool(errors)
    print(f"{count - bad} of {count} documents valid" if bad else f"{count} documents valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
