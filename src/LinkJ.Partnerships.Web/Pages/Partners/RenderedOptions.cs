using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using System.Text.Encodings.Web;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// A select's options written as HTML once, and once more per value the first time that value is chosen (at most
/// one copy per option, and the lists live as long as their snapshot). Rendered per request, the country filter's
/// options were about ten Razor buffer entries each, plus a boxed bool and an encoding pass.
/// </summary>
/// <remarks>
/// Pages write the result with <c>WriteLiteral</c>: as an <c>IHtmlContent</c> it would be written synchronously when
/// the page is flushed, and a long list could then overflow the response writer's buffer into a synchronous write.
/// </remarks>
public sealed class RenderedOptions
{
    private readonly string _html;
    private readonly FrozenDictionary<string, int> _selectedAt;
    private readonly ConcurrentDictionary<string, string> _withSelected = new(StringComparer.Ordinal);

    public RenderedOptions(IEnumerable<(string Value, string Label)> options, HtmlEncoder encoder)
    {
        var html = new StringBuilder();
        var selectedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, label) in options)
        {
            html.Append("<option value=\"").Append(encoder.Encode(value)).Append('"');
            selectedAt.TryAdd(value, html.Length);
            html.Append('>').Append(encoder.Encode(label)).Append("</option>");
        }

        _html = html.ToString();
        _selectedAt = selectedAt.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The options as HTML with <paramref name="value"/> selected, or none when it is not one of them.</summary>
    public string With(string? value) =>
        value is not null && _selectedAt.TryGetValue(value, out var at)
            ? _withSelected.GetOrAdd(value, static (_, state) => string.Concat(state.Html.AsSpan(0, state.At), " selected=\"selected\"", state.Html.AsSpan(state.At)), (Html: _html, At: at))
            : _html;
}
