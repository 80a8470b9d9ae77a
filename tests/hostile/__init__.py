"""Hostile seeds: files a user may drop into ``seeds/`` that must never break a build."""
