"""`cancer-reader pack keygen | build | verify | install | list | remove | rollback`: signed library packs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.packs.format import Manifest, PackError

if TYPE_CHECKING:
    from reader.context import Context
    from reader.core.packs.install import Changes, InstalledPack, PackStore


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `pack` command and its sub-commands."""
    parser = subparsers.add_parser("pack", help="make, check and install signed library packs")
    actions = parser.add_subparsers(dest="pack_action", metavar="ACTION", required=True)

    keygen = actions.add_parser("keygen", help="make a publisher key pair in DIR")
    keygen.add_argument("dir", type=Path, metavar="DIR")
    keygen.set_defaults(func=run_keygen)

    build = actions.add_parser("build", help="make a signed pack of a folder of articles")
    build.add_argument("library_dir", type=Path, metavar="LIBRARY_DIR")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    build.add_argument("--id", required=True, help="the pack's id, e.g. nci-en")
    build.add_argument("--title", required=True)
    build.add_argument("--publisher", required=True)
    build.add_argument("--version", dest="pack_version", required=True, metavar="VERSION")
    build.add_argument("--language", default="en")
    build.add_argument("--key", type=Path, required=True, metavar="DIR/publisher.key")
    build.add_argument("--glossary", type=Path, metavar="FILE", help="glossary entries to include")
    build.add_argument("--json", action="store_true", help="print the manifest summary as JSON")
    build.set_defaults(func=run_build)

    verify = actions.add_parser("verify", help="check a pack's signature and every file in it")
    _trust_options(verify)
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=run_verify)

    install = actions.add_parser("install", help="check a pack and install it")
    _trust_options(install)
    install.add_argument("--system", action="store_true", help="install for every account on this computer")
    install.add_argument("--allow-unsigned", action="store_true", help="accept a pack without a signature")
    install.add_argument("--downgrade", action="store_true", help="accept an older version than the installed one")
    install.add_argument("--json", action="store_true")
    install.set_defaults(func=run_install)

    listing = actions.add_parser("list", help="list installed packs")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_list)

    for name, func, text in (
        ("remove", run_remove, "remove an installed pack"),
        ("rollback", run_rollback, "go back to the previous version of a pack"),
    ):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("pack_id", metavar="ID")
        sub.add_argument("--system", action="store_true", help="the pack installed for every account")
        sub.set_defaults(func=func)


def _trust_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="PUBKEY",
                        help="also trust this publisher key, for this command only")  # fmt: skip


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _manifest_json(manifest: Manifest) -> dict[str, Any]:
    return {
        "id": manifest.id,
        "title": manifest.title,
        "publisher": manifest.publisher,
        "language": manifest.language,
        "version": manifest.version,
        "created": manifest.created,
        "article_count": manifest.article_count,
        "size": manifest.total_size,
        "key_id": manifest.key_id,
    }


def _describe(manifest: Manifest) -> str:
    return (
        f'"{manifest.title}" ({manifest.id}) version {manifest.version} from "{manifest.publisher}", '
        f"{manifest.article_count} {'article' if manifest.article_count == 1 else 'articles'}, made {manifest.created[:10]}"
    )


def run_keygen(args: argparse.Namespace, ctx: Context) -> int:
    """Write DIR/publisher.key (mode 0600) and DIR/publisher.pub."""
    from reader.core.packs.signing import generate_keys, key_id, load_public_key
    from reader.core.packs.trust import trust_advice

    try:
        private, public = generate_keys(args.dir)
        advice = trust_advice(public, key_id(load_public_key(public)))
    except PackError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"Could not write the keys in {args.dir} ({exc.strerror or exc}).")
    print(f"Wrote {private} (keep it secret) and {public} (give it to the computers that install your packs).")
    print(advice)
    return 0


def run_build(args: argparse.Namespace, ctx: Context) -> int:
    """Build and sign a pack."""
    from reader.core.packs.build import PackInfo, build_pack
    from reader.core.packs.signing import PUBLIC_NAME
    from reader.core.packs.trust import trust_advice, trust_command

    info = PackInfo(args.id, args.title, args.publisher, args.pack_version, args.language)
    try:
        manifest = build_pack(args.library_dir, args.output, info, args.key, args.glossary,
                              log=lambda text: print(text, file=sys.stderr))  # fmt: skip
    except PackError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"Could not write the pack {args.output} ({exc.strerror or exc}).")
    public = args.key.with_name(PUBLIC_NAME)  # keygen writes the pair side by side
    if args.json:
        data = _manifest_json(manifest)
        data["trust_command"] = trust_command(public.name, manifest.key_id)
        print(json.dumps(data, indent=1))
    else:
        print(f"Wrote {args.output}: {_describe(manifest)}, signed with key {manifest.key_id}.")
        print(trust_advice(public, manifest.key_id))
    return 0


def _kiosk() -> bool:
    from reader.core.kiosk.policy import resolve_policy

    return resolve_policy().enabled


def _trusted(args: argparse.Namespace, ctx: Context) -> list:
    from reader.core.packs.trust import trusted_keys

    assert ctx.locations.config_dir is not None
    return trusted_keys(ctx.locations.config_dir, args.trust)


def run_verify(args: argparse.Namespace, ctx: Context) -> int:
    """Check the signature and every member; say who signed it."""
    from reader.core.packs.verify import verify_pack

    try:
        verified = verify_pack(args.file, _trusted(args, ctx))
    except PackError as exc:
        return _fail(str(exc))
    signer = verified.signed_by
    if args.json:
        data = _manifest_json(verified.manifest)
        data["signed_by"] = str(signer.source) if signer else None
        print(json.dumps(data, indent=1))
    else:
        who = f"a trusted key ({signer.source})" if signer else "nobody"
        print(f"{args.file} is complete and genuine: {_describe(verified.manifest)}, signed by {who}.")
    return 0


def _store(ctx: Context, system: bool) -> PackStore:
    from reader.core.files.locations import site_packs_dir, user_packs_dir
    from reader.core.packs.install import PackStore

    return PackStore(site_packs_dir() if system else user_packs_dir(ctx.locations.data_dir))


def _changes_json(changes: Changes) -> dict[str, Any]:
    return {
        "pack": _manifest_json(changes.pack),
        "installed_version": changes.installed.version if changes.installed else None,
        "added": changes.added,
        "changed": changes.changed,
        "removed": changes.removed,
        "size": changes.size,
        "already_installed": changes.same_version,
    }


def run_install(args: argparse.Namespace, ctx: Context) -> int:
    """Verify, print what changes, and install with an atomic switch."""
    if args.allow_unsigned and _kiosk():
        return _fail("Unsigned packs cannot be installed on a kiosk; ask the publisher for a signed pack.")
    store = _store(ctx, args.system)
    try:
        changes = store.install(args.file, _trusted(args, ctx), args.allow_unsigned, args.downgrade)
    except PackError as exc:  # staff read this: the details (file, key) come last
        return _fail(" ".join(p for p in (exc.problem, "Nothing was changed.", exc.step, exc.details) if p))
    except OSError as exc:
        return _fail(f"Could not install into {store.root} ({exc.strerror or exc}); nothing was changed.")
    if args.json:
        print(json.dumps(_changes_json(changes), indent=1))
    elif changes.same_version:
        print(f"{_describe(changes.pack)} is installed already; nothing was changed.")
    else:
        before = f" (replacing version {changes.installed.version})" if changes.installed else ""
        print(f"Installed {_describe(changes.pack)}{before}: {changes.summary()}.")
    return 0


def _installed_json(pack: InstalledPack, place: str) -> dict[str, Any]:
    data = _manifest_json(pack.manifest)
    data.update(place=place, folder=str(pack.folder),
                previous_version=pack.previous.version if pack.previous else None)  # fmt: skip
    return data


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    """List the packs the installer brought, those installed for everyone and for this person."""
    from reader.core.files.locations import bundled_packs_dir
    from reader.core.packs.install import PackStore

    rows = [("bundled", pack) for pack in PackStore(bundled_packs_dir()).installed()]
    rows += [(place, pack) for place, system in (("system", True), ("user", False))
             for pack in _store(ctx, system).installed()]  # fmt: skip
    if args.json:
        print(json.dumps([_installed_json(pack, place) for place, pack in rows], indent=1))
        return 0
    if not rows:
        print("No library packs are installed.")
    for place, pack in rows:
        previous = f"; can go back to {pack.previous.version}" if pack.previous else ""
        print(f"{pack.manifest.id}\t{pack.manifest.version}\t{place}\t{_describe(pack.manifest)}{previous}")
    return 0


def run_remove(args: argparse.Namespace, ctx: Context) -> int:
    """Remove an installed pack."""
    try:
        pack = _store(ctx, args.system).remove(args.pack_id)
    except PackError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"Could not remove {args.pack_id} ({exc.strerror or exc}).")
    print(f"Removed {_describe(pack.manifest)}.")
    return 0


def run_rollback(args: argparse.Namespace, ctx: Context) -> int:
    """Go back to the previous version of a pack."""
    try:
        pack = _store(ctx, args.system).rollback(args.pack_id)
    except PackError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"Could not go back ({exc.strerror or exc}).")
    print(f"Now using {_describe(pack.manifest)}.")
    return 0
