/* SPDX-License-Identifier: MIT */
/*
 * A FLAC stream in memory, for the tests and the benchmark that encode signals with libFLAC's
 * encoder and decode them again with its decoder: the encoder's write callback appends to a
 * growing buffer, and the decoder's read callback reads it back in order.
 */
#ifndef LPCU_FLAC_MEMBUF_H
#define LPCU_FLAC_MEMBUF_H

#include <stdlib.h>
#include <string.h>

#include <FLAC/stream_decoder.h>
#include <FLAC/stream_encoder.h>

struct flac_membuf {
    FLAC__byte *data;
    size_t len, cap; /* bytes written, bytes allocated */
    size_t pos;      /* bytes read back */
    int oom;         /* a write found no memory (the encoder then fails) */
};

/* A FLAC__StreamEncoderWriteCallback; `client` is the struct flac_membuf. */
static inline FLAC__StreamEncoderWriteStatus flac_membuf_write(const FLAC__StreamEncoder *enc,
                                                               const FLAC__byte buffer[],
                                                               size_t bytes, uint32_t samples,
                                                               uint32_t current_frame, void *client)
{
    struct flac_membuf *m = client;
    (void)enc;
    (void)samples;
    (void)current_frame;
    if (bytes > m->cap - m->len) {
        size_t cap = m->cap ? 2 * m->cap : 65536;
        while (cap - m->len < bytes)
            cap *= 2;
        FLAC__byte *p = realloc(m->data, cap);
        if (!p) {
            m->oom = 1;
            return FLAC__STREAM_ENCODER_WRITE_STATUS_FATAL_ERROR;
        }
        m->data = p;
        m->cap = cap;
    }
    memcpy(m->data + m->len, buffer, bytes);
    m->len += bytes;
    return FLAC__STREAM_ENCODER_WRITE_STATUS_OK;
}

/* The body of a FLAC__StreamDecoderReadCallback: the next *bytes (at most) of m. */
static inline FLAC__StreamDecoderReadStatus flac_membuf_read(struct flac_membuf *m,
                                                             FLAC__byte buffer[], size_t *bytes)
{
    const size_t left = m->len - m->pos, take = *bytes < left ? *bytes : left;
    memcpy(buffer, m->data + m->pos, take);
    m->pos += take;
    *bytes = take;
    return take ? FLAC__STREAM_DECODER_READ_STATUS_CONTINUE
                : FLAC__STREAM_DECODER_READ_STATUS_END_OF_STREAM;
}

#endif /* LPCU_FLAC_MEMBUF_H */
