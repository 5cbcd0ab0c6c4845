# Two commands for a newcomer: `make book` and `make test`. Each sets up .venv on its own.
# They run tasks.py, which also serves those without make: `python tasks.py book|test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)

.PHONY: book pdf test clean

book pdf test clean:
	$(PYTHON) tasks.py $@
