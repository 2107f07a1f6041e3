namespace Tsunagu.Server.Hosting;

/// <summary>A TSUNAGU_* environment variable whose value cannot mean anything for its setting; the message names both.</summary>
public sealed class InvalidSettingException(string message) : Exception(message);
