#!/usr/bin/env python3
"""Parses configuration profiles with Python's plistlib (the reference plist parser in the standard library)
and prints them as JSON (plist <true/> -> true, <integer> -> number, <string> -> string), so a test can compare
every value, typed, with the example config. Also reads JSON policy files with Python's json module.

  python3 deploy/check_plist.py FILE.mobileconfig|FILE.json ...
Exits 1 (with the parser's message) when a file is not a well-formed plist / JSON, or holds a plist type
JSON cannot carry (data, date, real) - none of which Second Step's schema uses.
"""
import json
import plistlib
import sys


def plain(value, where):
    if isinstance(value, bool) or isinstance(value, str) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, list):
        return [plain(v, f'{where}[{i}]') for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: plain(v, f'{where}.{k}') for k, v in value.items()}
    raise ValueError(f'{where}: plist type {type(value).__name__} is not one the schema uses')


def main(paths):
    out = {}
    for path in paths:
        with open(path, 'rb') as f:
            try:
                if path.endswith('.json'):
                    out[path] = json.load(f)
                else:
                    out[path] = plain(plistlib.load(f, fmt=plistlib.FMT_XML), path)
            except Exception as e:  # plistlib raises ExpatError / InvalidFileException / ValueError
                print(json.dumps({'error': f'{path}: {type(e).__name__}: {e}'}))
                return 1
    print(json.dumps(out))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
