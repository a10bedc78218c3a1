# SPDX-License-Identifier: MIT
# The loops of aarch64 code, from `aarch64-linux-gnu-objdump -d --no-show-raw-insn` output,
# for bench/arm_estimate.sh and tests/arm_loops.sh. A loop is the range from a backward
# branch's target to the branch, in one function. Modes (awk -v mode=...):
#
#   loops  one line per loop: function start end instructions scalar-multiplies
#          vector-multiplies loads stores stack-accesses stored-values, where stack accesses
#          are loads and stores addressed from sp or x29 (spills, in a loop) and stored values
#          count what the non-stack stores write (stp: 2; a vector store: its lanes)
#   body   the instructions of loop fn= start= end= (hex, as listed), as llvm-mca input
#   count  the counts of `loops` (without the function and range) for one body or path
#   path   libFLAC's switch loop of fn= for order=: the instructions one sample of that order
#          executes (the dispatch, the case's stub, the fall-through from case order on)
#
# body and path remove two artefacts of llvm-mca 16's AArch64 models, which otherwise
# lengthen the chain that the estimate measures:
#   - a load or store with base writeback ([x0], #4 or [x0, #4]!) makes the new base wait
#     for the whole memory operation (and a store's data), so an address increment joins the
#     serial chain: written as the access without writeback plus an add, which is what the
#     core's address pipe does;
#   - instructions that write wzr/xzr (cmp, cmn, tst) make every later reader of the zero
#     register (mul is madd with xzr, mov from wzr) wait for them: the zero register is
#     written as a scratch register the loop does not use, so nothing reads it.
# Branch targets become the loop's label: llvm-mca treats branches as plain instructions.

function hex(s,    i, c, v) {
    v = 0
    s = tolower(s)
    for (i = 1; i <= length(s); i++) {
        c = index("0123456789abcdef", substr(s, i, 1))
        if (c == 0)
            break
        v = v * 16 + c - 1
    }
    return v
}

function is_vector(ops) { return ops ~ /(^|[ ,{])v[0-9]+\./ }

function is_mul(m) {
    return m ~ /^(mul|madd|msub|mneg|[su]mull2?|[su]maddl|[su]msubl|[su]mnegl|[su]mulh|mla|mls|[su]mlal2?|[su]mlsl2?|sqdmulh|sqrdmulh)$/
}

function is_branch(m) { return m ~ /^(b|b\..*|cbz|cbnz|tbz|tbnz)$/ }

function stack_access(ops) { return ops ~ /\[(sp|x29)([],]|$)/ }

# Values one non-stack store writes.
function store_values(m, ops,    lanes) {
    if (m ~ /^st[1-4]/) {
        if (match(ops, /\.[0-9]+[bhsd]/)) {
            lanes = substr(ops, RSTART + 1, RLENGTH - 2) + 0
            if (ops ~ /\}\[[0-9]+\]/) # one lane
                return 1
            return lanes
        }
        return 1
    }
    if (m ~ /^stp/)
        return is_vector(ops) || ops ~ /^q/ ? 0 : 2
    return 1
}

function flush_function(    i, j, t) {
    if (fname == "")
        return
    if (mode == "loops")
        for (i = 1; i <= n; i++)
            if (mn[i] != "b" && is_branch(mn[i]) && target[i] != "" &&
                hex(target[i]) <= hex(addr[i])) {
                for (j = 1; j <= n && hex(addr[j]) < hex(target[i]); j++)
                    ;
                for (t = j; t <= i && mn[t] != "ret"; t++)
                    ;
                if (t > i) # a branch back to the function's return is no loop
                    loop_stats(j, i)
            }
    if ((mode == "body" || mode == "path") && fname == fn) {
        for (i = 1; i <= n; i++) {
            if (addr[i] == start)
                first = i
            if (addr[i] == end)
                last = i
        }
        if (!first || !last) {
            print "arm_loops.awk: no loop " start "-" end " in " fn > "/dev/stderr"
            exit 1
        }
        if (mode == "body")
            emit_range(first, last)
        else
            emit_path()
    }
}

function loop_stats(first, last,    i, muls, vmuls, loads, stores, stack, values) {
    muls = vmuls = loads = stores = stack = values = 0
    for (i = first; i <= last; i++) {
        if (is_mul(mn[i])) {
            if (is_vector(ops[i]))
                vmuls++
            else
                muls++
        }
        if (mn[i] ~ /^ld/)
            loads++
        if (mn[i] ~ /^st/)
            stores++
        if (mn[i] ~ /^(ld|st)/ && stack_access(ops[i]))
            stack++
        else if (mn[i] ~ /^st/)
            values += store_values(mn[i], ops[i])
    }
    printf "%s %s %s %d %d %d %d %d %d %d\n", fname, addr[first], addr[last], last - first + 1,
           muls, vmuls, loads, stores, stack, values
}

# The registers named in instructions first .. last, so a scratch one can be picked.
function scratch(first, last,    i, r, used, s) {
    for (i = first; i <= last; i++) {
        s = ops[i]
        while (match(s, /[wx][0-9]+/)) {
            used[substr(s, RSTART + 1, RLENGTH - 1) + 0] = 1
            s = substr(s, RSTART + RLENGTH)
        }
    }
    for (r = 28; r >= 0; r--)
        if (!(r in used))
            return r
    return -1
}

function emit_insn(m, o, zr,    base, imm, reg, pre) {
    if (raw) {
        printf "\t%s\t%s\n", m, o
        return
    }
    if (zr >= 0 && m ~ /^(cmp|cmn|tst)$/) { # subs, adds, ands writing the zero register
        o = substr(o, 1, 1) zr ", " o
        m = m == "cmp" ? "subs" : m == "cmn" ? "adds" : "ands"
    }
    if (o ~ /\]!$/ || o ~ /\], #-?(0x)?[0-9a-f]+$/) {
        pre = o ~ /\]!$/
        match(o, /\[x[0-9]+|\[sp/)
        base = substr(o, RSTART + 1, RLENGTH - 1)
        if (pre) {
            match(o, /, #-?(0x)?[0-9a-f]+\]!$/)
            imm = substr(o, RSTART + 3, RLENGTH - 5)
            sub(/, #-?(0x)?[0-9a-f]+\]!$/, "]", o)
            printf "\tadd\t%s, %s, #%s\n", base, base, imm
            printf "\t%s\t%s\n", m, o
        } else {
            match(o, /, #-?(0x)?[0-9a-f]+$/)
            imm = substr(o, RSTART + 3)
            sub(/, #-?(0x)?[0-9a-f]+$/, "", o)
            printf "\t%s\t%s\n", m, o
            printf "\tadd\t%s, %s, #%s\n", base, base, imm
        }
        return
    }
    printf "\t%s\t%s\n", m, o
}

function emit_range(first, last,    i, zr) {
    zr = scratch(first, last)
    print ".Lloop:"
    for (i = first; i <= last; i++)
        emit_insn(mn[i], ops[i], zr)
}

# libFLAC's orders above 12 share one loop: a jump table (rodata=, the hex bytes of .rodata;
# its offset from the relocation of the table's address) sends case `order` to code that
# falls through to case 13 and the 12 terms every order has, sometimes through a stub
# outside the loop that ends in a branch back into it. Followed from the dispatch's target,
# taking unconditional branches, to the loop's back edge.
function emit_path(    i, br, ld, adr, entry, k, v, zr, steps, muls) {
    for (i = first; i <= last && mn[i] != "br"; i++) {
        if (mn[i] ~ /^ldr[bh]$/)
            ld = i
        if (mn[i] == "adr")
            adr = i
    }
    br = i
    if (br > last || !ld || !adr || table == "") {
        print "arm_loops.awk: no jump table in " fn > "/dev/stderr"
        exit 1
    }
    k = order - 13 # libFLAC's switch starts at case 13
    if (mn[ld] == "ldrh") {
        v = hex(substr(rodata, 2 * (table + 2 * k) + 3, 2) substr(rodata, 2 * (table + 2 * k) + 1, 2))
        if (v >= 32768)
            v -= 65536
    } else {
        v = hex(substr(rodata, 2 * (table + k) + 1, 2))
        if (v >= 128)
            v -= 256
    }
    entry = hex(target[adr]) + 4 * v
    zr = scratch(first, last)
    print ".Lloop:"
    for (i = first; i <= br; i++)
        emit_insn(mn[i], ops[i], zr)
    muls = 0
    for (i = at[entry]; i && steps++ < 1000; i++) {
        if (mn[i] == "b") {
            emit_insn("b", ".Lloop", zr)
            i = at[hex(target[i])] - 1
            continue
        }
        muls += is_mul(mn[i])
        emit_insn(mn[i], ops[i], zr)
        if (i == last)
            break
    }
    if (i != last || muls != order) {
        print "arm_loops.awk: order " order "'s path in " fn " has " muls " multiplies" > "/dev/stderr"
        exit 1
    }
}

/^[0-9a-f]+ <[^>]+>:$/ {
    flush_function()
    fname = $2
    gsub(/[<>:]/, "", fname)
    n = first = last = 0
    delete at
    next
}

# objdump -r: where the jump table is
/R_AARCH64_ADD_ABS_LO12_NC\t\.rodata/ && fname == fn {
    table = $0
    sub(/.*\.rodata\+?/, "", table)
    table = table == "" ? 0 : hex(substr(table, 3))
}

/^ +[0-9a-f]+:\t/ {
    line = $0
    sub(/ *\/\/.*$/, "", line)
    split(line, f, "\t")
    a = f[1]
    gsub(/[ :]/, "", a)
    n++
    addr[n] = a
    at[hex(a)] = n
    mn[n] = f[2]
    ops[n] = f[3]
    target[n] = ""
    if (match(ops[n], /[0-9a-f]+ <[^>]+>/)) {
        target[n] = substr(ops[n], RSTART, index(substr(ops[n], RSTART), " ") - 1)
        ops[n] = substr(ops[n], 1, RSTART - 1) ".Lloop" substr(ops[n], RSTART + RLENGTH)
    }
}

mode == "count" && /^\t/ {
    split($0, f, "\t")
    n++
    mn[n] = f[2]
    ops[n] = f[3]
}

END {
    if (mode == "count") {
        fname = "-"
        addr[1] = addr[n] = "-"
        loop_stats(1, n)
    } else
        flush_function()
}
