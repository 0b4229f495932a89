using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>
/// The partners of an agreement as links to their staff pages; the home organization is left out unless it is the
/// only name. A function rather than a partial because every row of a staff list shows one.
/// </summary>
public static class PartnerLinks
{
    public static IHtmlContent For(IReadOnlyList<PartyName> parties)
    {
        var shown = parties.Any(p => !p.IsHome) ? parties.Where(p => !p.IsHome) : parties;
        var html = new StringBuilder();
        foreach (var party in shown)
        {
            html.Append("<span class=\"d-block\"><a href=\"/staff/organizations/").Append(party.Id).Append("\">")
                .Append(HtmlEncoder.Default.Encode(party.Name)).Append("</a>");
            if (party.LocalName is not null)
            {
                html.Append(" <span lang=\"ja\" class=\"small text-body-secondary\">").Append(HtmlEncoder.Default.Encode(party.LocalName)).Append("</span>");
            }

            html.Append("</span>");
        }

        return new HtmlString(html.ToString());
    }
}
