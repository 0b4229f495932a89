using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;
using Serilog.Core;
using Serilog.Events;

namespace LinkJ.Partnerships.Web.Infrastructure.Security.Tokens;

/// <summary>
/// Masks every access token in every log event before any sink sees it: the calendar feed's address carries its
/// token, and the request log, the framework's request scope (<c>RequestPath</c>) and any line written during that
/// request would otherwise hold it. A token keeps its non-secret prefix (<see cref="AccessToken.Prefix"/>), so a line
/// still says which token it was.
/// </summary>
public sealed partial class TokenMasking : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? masked = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && Token().IsMatch(text))
            {
                (masked ??= []).Add(new LogEventProperty(name, new ScalarValue(Mask(text))));
            }
        }

        foreach (var property in masked ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    public static string Mask(string text) => Token().Replace(text, m => m.Value[..AccessToken.PrefixLength] + "…");

    // A marker and at least the prefix's random characters: the prefix alone is not secret and is left as it is.
    [GeneratedRegex("lj(?:api|cal)_[A-Za-z0-9_-]{7,}")]
    private static partial Regex Token();
}
