#!/usr/bin/env bash
# The repository stands alone: no tracked file may refer to the project's private sibling folder
# (the two dots and "shared" are split below so that this script does not match itself).
set -euo pipefail
cd "${1:-.}"
sibling='\.\.''/shared'
if git grep -n -E "$sibling" -- . ; then
  echo "check-standalone: the files above refer to a folder outside the repository" >&2
  exit 1
fi
echo "check-standalone: no file refers to a folder outside the repository"
