"""Which b-trees' pages a store's ingest changed: compares a copy of the store from before with the
store after, page by page, and names each changed page's table or index (SQLite's `dbstat`, which
Python's sqlite3 has). "rewritten" pages belonged to the same b-tree before; "fresh" ones are new
pages or free-list pages reused. Close the store first (its WAL checkpointed into the file).

  cp store.db before.db; java -jar bulletins-cli.jar ingest --db store.db FILE
  python3 store-pages.py before.db store.db
"""
import collections
import sqlite3
import sys


def owners(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    return {page: name for name, page in db.execute("SELECT name, pageno FROM dbstat")}, page_size


before_path, after_path = sys.argv[1], sys.argv[2]
before, _ = owners(before_path)
after, page_size = owners(after_path)
rewritten = collections.Counter()
fresh = collections.Counter()
with open(before_path, "rb") as old, open(after_path, "rb") as new:
    page = 0
    while True:
        now = new.read(page_size)
        if not now:
            break
        page += 1
        if now != old.read(page_size):
            name = after.get(page, "(free)")
            (rewritten if before.get(page) == name else fresh)[name] += 1
print("%-32s %10s %10s" % ("b-tree", "rewritten", "fresh"))
for name in sorted(set(rewritten) | set(fresh), key=lambda n: -(rewritten[n] + fresh[n])):
    print("%-32s %10d %10d" % (name, rewritten[name], fresh[name]))
print("%-32s %10d %10d" % ("total", sum(rewritten.values()), sum(fresh.values())))
