"""The Users tab of the admin area: add a user, and change the groups, admin right or password
of one, or remove it.

Widget keys (stable) = labels:
Users, form admin_add_user_form: admin_user_name = "Name", admin_user_groups = "Groups of the new
user", admin_user_new_groups = "More groups for the new user (comma-separated)", admin_user_admin
= "Admin", admin_user_password = "Password", admin_user_password2 = "Repeat password",
admin_user_add = "Add user".
Users, the selected user: admin_user_select = "User", admin_user_edit_groups = "User groups",
admin_user_edit_new_groups = "More groups for the user (comma-separated)", admin_user_set_groups =
"Set groups", admin_user_toggle_admin = "Grant admin" / "Revoke admin", admin_user_new_password =
"New password", admin_user_new_password2 = "Repeat new password", admin_user_reset_password =
"Reset password", admin_user_remove_confirm = "Yes, remove this user", admin_user_remove =
"Remove user".
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from kbqa.knowledge_base import KnowledgeBase
from kbqa.users import User
from kbqa.webapp.admin_actions import (
    attempt,
    attempted,
    format_time,
    keep_valid,
    parse_groups,
    rerun_with,
    seed,
)

__all__ = ["users_tab"]


def users_tab(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    """The Users tab: the table of users, the form to add one, and changes to a selected one."""
    users = {u.name: u for u in kb.users.list()}
    st.dataframe(pd.DataFrame(
        [{"name": u.name, "groups": ", ".join(sorted(u.groups)), "admin": u.is_admin,
          "has password": u.has_password, "created": format_time(u.created_at)}
         for u in users.values()]
    ), hide_index=True)
    _add_user_form(kb, admin, groups)
    st.subheader("Change a user")
    keep_valid("admin_user_select", list(users))
    name = st.selectbox("User", list(users), key="admin_user_select")
    if name not in users:
        return
    _edit_user(kb, admin, users[name], groups)


def _add_user_form(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    with st.form("admin_add_user_form"):
        st.subheader("Add user")
        name = st.text_input("Name", key="admin_user_name")
        chosen = st.multiselect("Groups of the new user", groups, key="admin_user_groups")
        typed = st.text_input("More groups for the new user (comma-separated)",
                              key="admin_user_new_groups")
        is_admin = st.checkbox("Admin", key="admin_user_admin")
        password = st.text_input("Password", type="password", key="admin_user_password")
        repeat = st.text_input("Repeat password", type="password", key="admin_user_password2")
        st.caption("At least 8 characters. Leave both empty for an account that signs in only "
                   "through single sign-on.")
        submitted = st.form_submit_button("Add user", key="admin_user_add")
    if not submitted:
        return
    if password != repeat:
        st.error("The passwords do not match; type them again.")
        return
    user_groups = parse_groups(chosen, typed)
    if user_groups is None:
        return
    added = attempt(lambda: kb.users.add(name, groups=user_groups, admin=is_admin,
                                         password=password or None, by=admin.name))
    if isinstance(added, User):
        rerun_with([("success", f"Added user {added.name}.")],
                   reset={"admin_user_name": "", "admin_user_groups": [],
                          "admin_user_new_groups": "", "admin_user_admin": False,
                          "admin_user_password": "", "admin_user_password2": ""})


def _edit_user(kb: KnowledgeBase, admin: User, target: User, groups: list[str]) -> None:
    is_self = target.name == admin.name
    seed("admin_user_edit_groups", target.name, sorted(target.groups))
    chosen = st.multiselect("User groups", sorted({*groups, *target.groups}),
                            key="admin_user_edit_groups")
    typed = st.text_input("More groups for the user (comma-separated)",
                          key="admin_user_edit_new_groups")
    if st.button("Set groups", key="admin_user_set_groups"):
        new_groups = parse_groups(chosen, typed)
        if new_groups is not None and attempt(
            lambda: kb.users.set_groups(target.name, new_groups, by=admin.name)
        ):
            rerun_with([("success",
                         f"Groups of {target.name}: {', '.join(new_groups) or 'none'}.")],
                       reset={"_admin_user_edit_groups_owner": None,
                              "admin_user_edit_new_groups": ""})
    label = "Revoke admin" if target.is_admin else "Grant admin"
    if st.button(label, key="admin_user_toggle_admin"):
        if is_self:
            # Revoking one's own rights would lock one out of this page mid-session.
            st.error("You cannot revoke your own admin rights; ask another admin.")
        elif attempt(lambda: kb.users.set_admin(target.name, not target.is_admin,
                                                by=admin.name)):
            rerun_with([("success", f"{label} for {target.name}: done.")])
    password = st.text_input("New password", type="password", key="admin_user_new_password")
    repeat = st.text_input("Repeat new password", type="password",
                           key="admin_user_new_password2")
    if st.button("Reset password", key="admin_user_reset_password"):
        if not password or password != repeat:
            st.error("Type the same new password twice.")
        elif attempted(lambda: kb.users.set_password(target.name, password, by=admin.name)):
            rerun_with([("success", f"New password set for {target.name}.")],
                       reset={"admin_user_new_password": "", "admin_user_new_password2": ""})
    confirm = st.checkbox("Yes, remove this user", key="admin_user_remove_confirm")
    if st.button("Remove user", key="admin_user_remove"):
        if is_self:
            st.error("You cannot remove yourself; ask another admin.")
        elif not confirm:
            st.warning("Tick “Yes, remove this user” first.")
        elif attempted(lambda: kb.users.remove(target.name, by=admin.name)):
            rerun_with([("success", f"Removed user {target.name}; their audit records stay.")],
                       reset={"admin_user_remove_confirm": False})
