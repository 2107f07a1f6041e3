namespace Tsunagu.Server.Demo;

/// <summary>How far a demo load has come: rows written so far — coverages and medication-history lines — out of about <see cref="ExpectedRows"/>.</summary>
public readonly record struct DemoLoadProgress(long RowsWritten, long ExpectedRows);
