namespace LinkJ.Partnerships.Web.Data;

/// <summary>A backup or restore that was refused; the message says why, for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
