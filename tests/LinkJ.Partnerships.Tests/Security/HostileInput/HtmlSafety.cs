using AngleSharp.Dom;

namespace LinkJ.Partnerships.Tests.Security.HostileInput;

/// <summary>
/// Finds markup that came from a payload instead of from the page: an element or attribute named with the
/// marker, an event handler or script carrying it, or a link that starts with a script scheme.
/// </summary>
public static class HtmlSafety
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "background", "poster"];

    public static IEnumerable<string> Injections(IDocument page)
    {
        foreach (var element in page.All)
        {
            if (element.LocalName.Contains(HostileCorpus.Marker, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"element <{element.LocalName}>";
            }

            if (element.LocalName is "script" && element.TextContent.Contains(HostileCorpus.Marker, StringComparison.OrdinalIgnoreCase))
            {
                yield return "a script with the payload";
            }

            if (element.LocalName is "base" || element.LocalName is "meta" && element.HasAttribute("http-equiv"))
            {
                yield return $"<{element.LocalName}> element: {element.OuterHtml}";
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                var value = attribute.Value;
                if (name.Contains(HostileCorpus.Marker, StringComparison.Ordinal) || name.Contains('"') || name.Contains('\''))
                {
                    yield return $"attribute {name} on <{element.LocalName}>";
                }
                else if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    yield return $"event handler {name}=\"{value}\" on <{element.LocalName}>";
                }
                else if (name is "srcdoc" or "style" && value.Contains(HostileCorpus.Marker, StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{name} with the payload on <{element.LocalName}>";
                }
                else if (UrlAttributes.Contains(name) && IsScriptUrl(value))
                {
                    yield return $"{name}=\"{value}\" on <{element.LocalName}>";
                }
            }
        }
    }

    private static bool IsScriptUrl(string value)
    {
        var trimmed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase);
    }
}
