"""The awards the round exists to choose: 先进集体 (seed 004, 附1) and 先进个人 (附2)."""
