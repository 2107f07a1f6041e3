namespace Tsunagu.Server.Demo;

/// <summary>How far a demo load has come: coverages written so far (out of about <see cref="ExpectedCoverages"/>).</summary>
public readonly record struct DemoLoadProgress(long CoveragesWritten, long ExpectedCoverages);
