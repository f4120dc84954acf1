"""Fixtures and helpers shared by tests in more than one folder (imported, or loaded as plugins by tests/conftest.py)."""
