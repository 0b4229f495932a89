namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

/// <summary>
/// A mistake in how the app was started (an unknown command, a database path it cannot use). The operator can fix
/// it from the message alone, so Program prints that one sentence, without a stack trace, and exits non-zero.
/// </summary>
public sealed class OperatorError(string message) : Exception(message);
