using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// Every code and label the API writes, built once per language: a list of 25 partners would otherwise cost about a
/// hundred resource lookups per request (the directory keeps its labels once per language for the same reason).
/// </summary>
public sealed class ApiLabels
{
    private static readonly ConcurrentDictionary<string, ApiLabels> ByCulture = new();
    private readonly FrozenDictionary<Enum, CodeLabel> _codes;

    private ApiLabels(IStringLocalizer localizer)
    {
        IEnumerable<Enum> All<T>()
            where T : struct, Enum => Enum.GetValues<T>().Cast<Enum>();
        _codes = All<AgreementType>().Concat(All<OrganizationKind>()).Concat(All<AgreementStatus>()).Concat(All<PartyRole>())
            .Concat(All<ParticipantRole>()).Concat(All<TermKind>()).Concat(All<TermUnit>()).Concat(All<Visibility>())
            .ToFrozenDictionary(v => v, v => new CodeLabel(v is AgreementStatus s ? StatusCode(s) : v.ToString(), localizer.Label(v)));
        InForce = new("in-force", localizer["In force"].Value);
        Upcoming = new("upcoming", localizer["Upcoming"].Value);
        Ended = new("ended", localizer["Ended"].Value);
    }

    /// <summary>A partner's status in the directory: one of its public agreements in force, else one to come, else ended.</summary>
    public CodeLabel InForce { get; }

    public CodeLabel Upcoming { get; }

    public CodeLabel Ended { get; }

    public static ApiLabels For(IStringLocalizer localizer) =>
        ByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, l) => new ApiLabels(l), localizer);

    public CodeLabel Of(Enum value) => _codes[value];

    /// <summary>The stable codes of <see cref="AgreementStatus"/>; a renamed enum member must not change them.</summary>
    public static string StatusCode(AgreementStatus status) => status switch
    {
        AgreementStatus.Upcoming => "upcoming",
        AgreementStatus.Active => "active",
        AgreementStatus.EndingSoon => "ending-soon",
        AgreementStatus.OpenEnded => "open-ended",
        AgreementStatus.Terminated => "terminated",
        _ => "ended",
    };
}
