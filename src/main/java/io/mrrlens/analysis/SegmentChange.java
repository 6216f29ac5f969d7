package io.mrrlens.analysis;

/**
 * A client whose segment at the end of one month differs from its segment a month before, each
 * computed over the 12 months ending then.
 *
 * @param evidence why the client is in its new segment, in words
 */
public record SegmentChange(String client, Segment before, Segment after, String evidence) {}
