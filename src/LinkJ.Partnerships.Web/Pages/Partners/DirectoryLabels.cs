using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The directory's labels for kinds and agreement types, and its type and kind filters as HTML, built once per
/// language: per page they had cost a resource lookup, a boxed enum and several buffer entries each.
/// </summary>
public sealed class DirectoryLabels
{
    private static readonly ConcurrentDictionary<string, DirectoryLabels> ByCulture = new();

    private DirectoryLabels(IStringLocalizer localizer, HtmlEncoder encoder)
    {
        Kinds = Enum.GetValues<OrganizationKind>().ToFrozenDictionary(k => k, k => localizer.Label(k));
        Types = Enum.GetValues<AgreementType>().ToFrozenDictionary(t => t, t => localizer.Label(t));
        KindOptions = new RenderedOptions(Enum.GetValues<OrganizationKind>().Select(k => (k.ToString(), Kinds[k])), encoder);
        TypeOptions = new RenderedOptions(Enum.GetValues<AgreementType>().Select(t => (t.ToString(), Types[t])), encoder);
    }

    public FrozenDictionary<OrganizationKind, string> Kinds { get; }

    public FrozenDictionary<AgreementType, string> Types { get; }

    public RenderedOptions KindOptions { get; }

    public RenderedOptions TypeOptions { get; }

    public static DirectoryLabels For(IStringLocalizer localizer, HtmlEncoder encoder) =>
        ByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, args) => new DirectoryLabels(args.localizer, args.encoder), (localizer, encoder));
}
