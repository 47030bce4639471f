"""Go's sorting algorithms, step for step: pattern-defeating quicksort and the stable merge.

Unstable sorts (``sort.Sort``, ``sort.Slice``, ``slices.Sort``) leave equal
elements in whatever order the algorithm's comparisons and swaps leave
them, so the interpreter reproduces sort/zsortinterface.go's pdqsort
exactly: insertion sort below 13 elements, ninther pivots, the
``xorshift`` pattern breaker seeded with the length, heapsort past the
depth limit. ``stable`` is the block insertion sort and ``symMerge``.
Both work on two callbacks, ``less(i, j)`` and ``swap(i, j)``.
"""

from __future__ import annotations

from typing import Callable

Less = Callable[[int, int], bool]
Swap = Callable[[int, int], None]
MASK64 = (1 << 64) - 1


def insertion_sort(less: Less, swap: Swap, a: int, b: int) -> None:
    for i in range(a + 1, b):
        j = i
        while j > a and less(j, j - 1):
            swap(j, j - 1)
            j -= 1


def sift_down(less: Less, swap: Swap, lo: int, hi: int, first: int) -> None:
    root = lo
    while True:
        child = 2 * root + 1
        if child >= hi:
            return
        if child + 1 < hi and less(first + child, first + child + 1):
            child += 1
        if not less(first + root, first + child):
            return
        swap(first + root, first + child)
        root = child


def heap_sort(less: Less, swap: Swap, a: int, b: int) -> None:
    first, lo, hi = a, 0, b - a
    for i in range((hi - 1) // 2, -1, -1):
        sift_down(less, swap, i, hi, first)
    for i in range(hi - 1, -1, -1):
        swap(first, first + i)
        sift_down(less, swap, lo, i, first)


def pdqsort(less: Less, swap: Swap, a: int, b: int, limit: int) -> None:
    was_balanced = True
    was_partitioned = True
    while True:
        length = b - a
        if length <= 12:
            insertion_sort(less, swap, a, b)
            return
        if limit == 0:
            heap_sort(less, swap, a, b)
            return
        if not was_balanced:
            break_patterns(swap, a, b)
            limit -= 1
        pivot, hint = choose_pivot(less, a, b)
        if hint == "decreasing":
            reverse_range(swap, a, b)
            pivot = (b - 1) - (pivot - a)
            hint = "increasing"
        if was_balanced and was_partitioned and hint == "increasing":
            if partial_insertion_sort(less, swap, a, b):
                return
        if a > 0 and not less(a - 1, pivot):
            a = partition_equal(less, swap, a, b, pivot)
            continue
        mid, already = partition(less, swap, a, b, pivot)
        was_partitioned = already
        left, right = mid - a, b - mid
        threshold = length // 8
        if left < right:
            was_balanced = left >= threshold
            pdqsort(less, swap, a, mid, limit)
            a = mid + 1
        else:
            was_balanced = right >= threshold
            pdqsort(less, swap, mid + 1, b, limit)
            b = mid


def partition(less: Less, swap: Swap, a: int, b: int, pivot: int) -> tuple[int, bool]:
    swap(a, pivot)
    i, j = a + 1, b - 1
    while i <= j and less(i, a):
        i += 1
    while i <= j and not less(j, a):
        j -= 1
    if i > j:
        swap(j, a)
        return j, True
    swap(i, j)
    i += 1
    j -= 1
    while True:
        while i <= j and less(i, a):
            i += 1
        while i <= j and not less(j, a):
            j -= 1
        if i > j:
            break
        swap(i, j)
        i += 1
        j -= 1
    swap(j, a)
    return j, False


def partition_equal(less: Less, swap: Swap, a: int, b: int, pivot: int) -> int:
    swap(a, pivot)
    i, j = a + 1, b - 1
    while True:
        while i <= j and not less(a, i):
            i += 1
        while i <= j and less(a, j):
            j -= 1
        if i > j:
            return i
        swap(i, j)
        i += 1
        j -= 1


def partial_insertion_sort(less: Less, swap: Swap, a: int, b: int) -> bool:
    i = a + 1
    for _ in range(5):
        while i < b and not less(i, i - 1):
            i += 1
        if i == b:
            return True
        if b - a < 50:
            return False
        swap(i, i - 1)
        if i - a >= 2:
            j = i - 1
            while j >= 1:
                if not less(j, j - 1):
                    break
                swap(j, j - 1)
                j -= 1
        if b - i >= 2:
            j = i + 1
            while j < b:
                if not less(j, j - 1):
                    break
                swap(j, j - 1)
                j += 1
    return False


def break_patterns(swap: Swap, a: int, b: int) -> None:
    length = b - a
    if length < 8:
        return
    r = length & MASK64
    modulus = 1 << length.bit_length()
    for idx in range(a + (length // 4) * 2 - 1, a + (length // 4) * 2 + 2):
        r ^= (r << 13) & MASK64
        r ^= r >> 7
        r ^= (r << 17) & MASK64
        other = r & (modulus - 1)
        if other >= length:
            other -= length
        swap(idx, a + other)


def choose_pivot(less: Less, a: int, b: int) -> tuple[int, str]:
    n = b - a
    swaps = [0]
    i, j, k = a + n // 4, a + n // 4 * 2, a + n // 4 * 3
    if n >= 8:
        if n >= 50:
            i = median(less, i - 1, i, i + 1, swaps)
            j = median(less, j - 1, j, j + 1, swaps)
            k = median(less, k - 1, k, k + 1, swaps)
        j = median(less, i, j, k, swaps)
    if swaps[0] == 0:
        return j, "increasing"
    if swaps[0] == 12:
        return j, "decreasing"
    return j, "unknown"


def median(less: Less, a: int, b: int, c: int, swaps: list[int]) -> int:
    if less(b, a):
        swaps[0] += 1
        a, b = b, a
    if less(c, b):
        swaps[0] += 1
        b, c = c, b
    if less(b, a):
        swaps[0] += 1
        a, b = b, a
    return b


def reverse_range(swap: Swap, a: int, b: int) -> None:
    i, j = a, b - 1
    while i < j:
        swap(i, j)
        i += 1
        j -= 1


def sort(less: Less, swap: Swap, n: int) -> None:
    """``sort.Sort``/``sort.Slice``/``slices.Sort``: pdqsort with limit bits.Len(n)."""
    pdqsort(less, swap, 0, n, n.bit_length())


def stable(less: Less, swap: Swap, n: int) -> None:
    block = 20
    a, b = 0, block
    while b <= n:
        insertion_sort(less, swap, a, b)
        a = b
        b += block
    insertion_sort(less, swap, a, n)
    while block < n:
        a, b = 0, 2 * block
        while b <= n:
            sym_merge(less, swap, a, a + block, b)
            a = b
            b += 2 * block
        m = a + block
        if m < n:
            sym_merge(less, swap, a, m, n)
        block *= 2


def sym_merge(less: Less, swap: Swap, a: int, m: int, b: int) -> None:
    if m - a == 1:
        i, j = m, b
        while i < j:
            h = (i + j) >> 1
            if less(h, a):
                i = h + 1
            else:
                j = h
        for k in range(a, i - 1):
            swap(k, k + 1)
        return
    if b - m == 1:
        i, j = a, m
        while i < j:
            h = (i + j) >> 1
            if not less(m, h):
                i = h + 1
            else:
                j = h
        for k in range(m, i, -1):
            swap(k, k - 1)
        return
    mid = (a + b) >> 1
    n = mid + m
    if m > mid:
        start, r = n - b, mid
    else:
        start, r = a, m
    p = n - 1
    while start < r:
        c = (start + r) >> 1
        if not less(p - c, c):
            start = c + 1
        else:
            r = c
    end = n - start
    if start < m < end:
        rotate(swap, start, m, end)
    if a < start < mid:
        sym_merge(less, swap, a, start, mid)
    if mid < end < b:
        sym_merge(less, swap, mid, end, b)


def swap_range(swap: Swap, a: int, b: int, n: int) -> None:
    for i in range(n):
        swap(a + i, b + i)


def rotate(swap: Swap, a: int, m: int, b: int) -> None:
    i, j = m - a, b - m
    while i != j:
        if i > j:
            swap_range(swap, m - i, m, j)
            i -= j
        else:
            swap_range(swap, m - i, m + j - i, i)
            j -= i
    swap_range(swap, m - i, m, i)
