using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// One partner's public profile, from the <see cref="ProfileReadModel"/>. Only public agreements appear,
/// and nothing staff-only is even read: not the notes, not the data-quality notes, not the effective date as the
/// source stated it.
/// </summary>
public sealed class DetailsModel(ProfileReadModel profiles, RegistryClock clock) : PageModel
{
    public PartnerProfile Partner { get; private set; } = null!;

    public IReadOnlyList<PublicAgreement> Agreements { get; private set; } = [];

    public ListedProfile Profile { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public int EndingSoonDays => clock.EndingSoonDays;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(slug, cancellationToken) is not { } listed)
        {
            return NotFound();
        }

        Today = clock.Today;
        Partner = listed.Partner;
        Agreements = listed.Agreements;
        Profile = listed;
        return Page();
    }

    /// <summary>Only web addresses become links; anything else a record might hold is not followed.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed record PartnerProfile(
    int Id, string Slug, string Name, string? ShortName, string? LocalName, OrganizationKind Kind,
    string? CountryCode, string? City, string? Website, string? Description, PartyLink? Parent);

/// <summary>An organization named on a profile; <see cref="Listed"/> says whether it has a profile of its own to link to.</summary>
public sealed record PartyLink(string Slug, string Name, string? LocalName, bool Listed);

public sealed record OtherParty(PartyLink Organization, PartyRole Role);

public sealed record PublicParticipant(string Name, string? LocalName, string? Title, ParticipantRole Role, string ActingFor, int ActingForId);

/// <summary>A public agreement on a partner's profile; <see cref="PartnerRole"/> is that partner's own role in it.</summary>
public sealed record PublicAgreement(
    int Id, PartyRole PartnerRole, AgreementType Type, string Title, string? Summary, DateOnly EffectiveOn, TermKind TermKind, int? TermLength, TermUnit? TermUnit, DateOnly? EndsOn,
    string? SourcePublisher, string? SourceTitle, DateOnly? SourcePublishedOn, string? SourceUrl,
    IReadOnlyList<OtherParty> OtherParties, IReadOnlyList<PublicParticipant> People)
{
    public string? LocalTitle { get; init; }

    public string? LocalSummary { get; init; }

    /// <summary>The agreement this one renews, when that one is public too.</summary>
    public int? RenewsId { get; init; }

    public bool Terminated { get; init; }

    public AgreementPeriod Period => new(EffectiveOn, EndsOn, Terminated);
}
