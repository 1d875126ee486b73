"""errdecode.DecodeError: an input that cannot be decoded, with the library's stable reason."""

from __future__ import annotations

from typing import Union

__all__ = ["DecodeError"]


class DecodeError(ValueError):
    """The input is not a code errdecode can decode (or a name or entry it does not know).

    ``code`` is the library's stable id, the same string the CLI writes as ``error.code`` in ``--json``
    output: ``empty_input``, ``not_a_code``, ``malformed_number``, ``out_of_range``, ``unknown_name``,
    ``text_around_code``, ``invalid_utf8``, ``unknown_language``, ``input_too_long`` or ``unknown_code``.
    ``input`` is the argument exactly as it was given; ``str(error)`` is the library's message.
    """

    code: str
    input: Union[str, bytes, int]

    def __init__(self, message: str, *, code: str, input: Union[str, bytes, int]) -> None:
        super().__init__(message)
        self.code = code
        self.input = input

    @property
    def message(self) -> str:
        """The library's explanation, as the CLI prints it."""
        return str(self.args[0]) if self.args else ""

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Keyword-only fields: pickling (multiprocessing) must pass them by name.
        return (_rebuild, (self.message, self.code, self.input))

    def __repr__(self) -> str:
        return f"DecodeError({self.message!r}, code={self.code!r}, input={self.input!r})"


def _rebuild(message: str, code: str, input: Union[str, bytes, int]) -> DecodeError:
    return DecodeError(message, code=code, input=input)
