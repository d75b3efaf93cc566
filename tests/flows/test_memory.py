import platform

from flows.memory import release_freed_memory


def test_release_freed_memory_trims_where_glibc_is():
    blocks = [bytearray(1000) for _ in range(10_000)]
    del blocks
    assert release_freed_memory() is (platform.libc_ver()[0] == "glibc")
