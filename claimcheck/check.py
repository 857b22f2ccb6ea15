"""Placeholder: owned by the check helper."""
from __future__ import annotations

import pandas as pd

from . import schema


def check(claims: pd.DataFrame, *, reference: pd.DataFrame | None = None, **options: object) -> pd.DataFrame:
    return schema.empty("conflicts")
