"""``kbqa users ...``: add, list, change and remove users, and their API tokens for the REST
API (``token-create``, ``tokens``, ``token-revoke``); a typer sub-app of kbqa.cli.

Passwords are read from a prompt (typed twice, not echoed) or, with ``--password-stdin``, from
the first line of standard input; never from the command line, where other accounts could read
them in the process list and the shell history. The CLI acts as the operator (the person with
access to the database): changes are recorded in the audit log under their login name.
"""

from __future__ import annotations

import json
import secrets
import sys
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from kbqa.errors import ConfigError
from kbqa.users import normalize_name

users_app = typer.Typer(no_args_is_help=True, help="Manage users, their groups and passwords.")

out = Console()

_PASSWORD_STDIN = typer.Option(
    "--password-stdin", help="Read the password from the first line of standard input."
)
_NO_PASSWORD = typer.Option(
    "--no-password", help="No password: the user signs in through a trusted SSO header only."
)
_GENERATE = typer.Option(
    "--generate-password", help="Generate a random password and print it once."
)


def _users():  # type: ignore[no-untyped-def]
    from kbqa.cli import _kb
    from kbqa.cli_audit import os_user

    users = _kb().users
    users.operator = os_user()
    return users


def _read_password(name: str, from_stdin: bool, none: bool, generate: bool) -> str | None:
    if from_stdin + none + generate > 1:
        raise ConfigError("choose one of --password-stdin, --no-password, --generate-password")
    if none:
        return None
    if generate:
        password = secrets.token_urlsafe(12)
        out.print(f"password for {name} (shown once): {password}", highlight=False)
        return password
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise ConfigError("--password-stdin: standard input held no password")
        return line
    if not sys.stdin.isatty():
        raise ConfigError("no terminal to prompt for the password: pipe it with "
                          "--password-stdin, or pass --no-password")
    return typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True)


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Sign-in name (letters, digits, . _ @ -).")],
    group: Annotated[list[str], typer.Option("--group", "-g", help="Group whose documents the "
                     "user sees (repeatable).")] = [],
    admin: Annotated[bool, typer.Option("--admin", help="Sees every document; manages users "
                     "and documents.")] = False,
    password_stdin: Annotated[bool, _PASSWORD_STDIN] = False,
    no_password: Annotated[bool, _NO_PASSWORD] = False,
    generate_password: Annotated[bool, _GENERATE] = False,
) -> None:
    """Add a user; asks for their password."""
    normalize_name(name)  # a bad name fails before the password is asked for
    password = _read_password(name, password_stdin, no_password, generate_password)
    user = _users().add(name, groups=group, admin=admin, password=password)
    out.print(f"added {user.name}: groups {', '.join(sorted(user.groups)) or '(none)'}"
              f"{', admin' if user.is_admin else ''}", highlight=False)


@users_app.command("list")
def list_users(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List users with their groups."""
    users = _users().list()
    if as_json:
        out.print_json(json.dumps([u.to_dict() for u in users], ensure_ascii=False))
        return
    table = Table(title=f"{len(users)} users")
    for col in ("name", "groups", "admin", "password"):
        table.add_column(col)
    for u in users:
        table.add_row(u.name, ", ".join(sorted(u.groups)) or "(none)",
                      "yes" if u.is_admin else "", "set" if u.has_password else "none")
    out.print(table)


@users_app.command("set-groups")
def set_groups(
    name: Annotated[str, typer.Argument(help="The user.")],
    groups: Annotated[list[str], typer.Argument(help="The user's groups from now on (none: "
                      "only documents without groups).")] = [],
) -> None:
    """Replace a user's groups; takes effect on their next question."""
    user = _users().set_groups(name, groups)
    out.print(f"{user.name}: groups {', '.join(sorted(user.groups)) or '(none)'}",
              highlight=False)


@users_app.command("set-admin")
def set_admin(
    name: Annotated[str, typer.Argument(help="The user.")],
    revoke: Annotated[bool, typer.Option("--revoke", help="Take admin rights away.")] = False,
) -> None:
    """Grant (or with --revoke take away) admin rights."""
    user = _users().set_admin(name, not revoke)
    out.print(f"{user.name}: {'admin' if user.is_admin else 'not an admin'}")


@users_app.command("passwd")
def passwd(
    name: Annotated[str, typer.Argument(help="The user.")],
    password_stdin: Annotated[bool, _PASSWORD_STDIN] = False,
    no_password: Annotated[bool, _NO_PASSWORD] = False,
    generate_password: Annotated[bool, _GENERATE] = False,
) -> None:
    """Set or remove a user's password."""
    users = _users()
    if users.get(name) is None:
        raise ConfigError(f"no user {name!r}; list them with: kbqa users list")
    users.set_password(name, _read_password(name, password_stdin, no_password, generate_password))
    out.print(f"password of {name} {'removed' if no_password else 'set'}", highlight=False)


@users_app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="The user.")]) -> None:
    """Remove a user (their audit records stay)."""
    _users().remove(name)
    out.print(f"removed {name}", highlight=False)


# -- API tokens (the REST API, kbqa serve) ----------------------------------------------------
def _tokens():  # type: ignore[no-untyped-def]
    from kbqa.tokens import ApiTokens

    users = _users()
    return ApiTokens(users.store, users)


@users_app.command("token-create")
def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[str, typer.Option("--label", "-l", help="What the token is for.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print the token and its record as "
                       "JSON.")] = False,
) -> None:
    """Create an API token for the REST API; it is printed once and never stored."""
    record, token = _tokens().create(name, label=label)
    if as_json:
        out.print_json(json.dumps({**record.to_dict(), "token": token}, ensure_ascii=False))
        return
    out.print(f"API token {record.id} for {record.user} (shown once, keep it secret):",
              highlight=False)
    print(token)  # plain, so it can be piped or copied without markup


@users_app.command("tokens")
def list_tokens(
    name: Annotated[Optional[str], typer.Argument(help="Only this user's tokens.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List API tokens (never the tokens themselves: they are not stored)."""
    tokens = _tokens().list(name)
    if as_json:
        out.print_json(json.dumps([t.to_dict() for t in tokens], ensure_ascii=False))
        return
    table = Table(title=f"{len(tokens)} API tokens")
    for col in ("id", "user", "label", "created", "last used", "status"):
        table.add_column(col)
    for t in tokens:
        table.add_row(str(t.id), t.user, t.label, f"{t.created_at:%Y-%m-%d %H:%M}",
                      f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never",
                      f"revoked {t.revoked_at:%Y-%m-%d %H:%M}" if t.revoked_at else "active")
    out.print(table)


@users_app.command("token-revoke")
def token_revoke(token_id: Annotated[int, typer.Argument(help="The token's id (kbqa users "
                 "tokens).")]) -> None:
    """Revoke an API token; requests with it are refused from now on."""
    record = _tokens().revoke(token_id)
    out.print(f"revoked API token {record.id} of {record.user}", highlight=False)
