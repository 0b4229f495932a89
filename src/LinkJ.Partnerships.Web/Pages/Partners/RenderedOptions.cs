using System.Collections.Frozen;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// A select's options written as HTML once; a request only marks its choice, by writing the cached text on either
/// side of <c>selected="selected"</c>. Rendered per request, the country filter's ~250 options were about ten
/// Razor buffer entries each, plus a boxed bool and an encoding pass.
/// </summary>
public sealed class RenderedOptions
{
    private const string Selected = " selected=\"selected\"";

    private readonly string _html;
    private readonly HtmlString _unselected;
    private readonly FrozenDictionary<string, int> _selectedAt;

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
        _unselected = new HtmlString(_html);
        _selectedAt = selectedAt.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The options with <paramref name="value"/> selected, or none when it is not one of them.</summary>
    public IHtmlContent With(string? value) =>
        value is not null && _selectedAt.TryGetValue(value, out var at) ? new Marked(_html, at) : _unselected;

    private sealed class Marked(string html, int at) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write(html.AsSpan(0, at));
            writer.Write(Selected);
            writer.Write(html.AsSpan(at));
        }
    }
}
