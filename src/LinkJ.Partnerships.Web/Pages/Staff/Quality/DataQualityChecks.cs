using System.Globalization;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Quality;

/// <summary>
/// The registry's data checked against itself. Nothing is stored: each finding is computed from the records as they
/// are, so it disappears when the data is fixed. Four narrow reads, then the checks in memory.
/// </summary>
public sealed class DataQualityChecks(RegistryDbContext db, DirectoryReadModel directory)
{
    public async Task<IReadOnlyList<Finding>> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // Archived records are out of the checks, as they are out of the lists; a renewal counts even when archived.
        var agreements = await db.Agreements.AsNoTracking().Current()
            .Select(a => new AgreementFacts(a.Id, a.Title, a.EffectiveOn, a.EndsOn, a.EffectiveOnIsInferred, a.EffectiveOnAsStated, a.PartnerOrdinal,
                a.SourcePublisher != null || a.SourceTitle != null || a.SourceUrl != null, a.InternalNotes, a.DataQualityNotes, a.Version)
            {
                Terminated = a.TerminatedOn != null,
            })
            .ToListAsync(cancellationToken);
        var renewed = (await db.Agreements.AsNoTracking().Where(a => a.RenewsId != null).Select(a => a.RenewsId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new OrganizationFacts(o.Id, o.Name, o.LocalName, o.CountryCode, o.Version) { Archived = o.ArchivedAt != null })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var parties = (await db.AgreementParties.AsNoTracking().Select(p => new { p.AgreementId, p.OrganizationId }).ToListAsync(cancellationToken))
            .ToLookup(p => p.AgreementId, p => p.OrganizationId);
        var participants = await db.AgreementParticipants.AsNoTracking()
            .Select(p => new { p.AgreementId, p.OrganizationId, p.Role, Person = p.Person.Name })
            .ToListAsync(cancellationToken);
        var snapshot = await directory.CurrentAsync(cancellationToken);

        var findings = new List<Finding>();
        findings.AddRange(OrdinalsOutOfOrder(agreements));
        findings.AddRange(agreements.Where(a => a.EffectiveOnIsInferred).Select(a => new Finding(FindingKind.InferredYear,
            "The effective date's year was inferred, not read from the source (stated: \"{0}\").", [a.EffectiveOnAsStated ?? "—"], [Record(a)], Evidence(a))));
        findings.AddRange(agreements.Where(a => !a.HasSource).Select(a => new Finding(FindingKind.NoSource,
            "The agreement has no source: no publisher, title or address.", [], [Record(a)], Evidence(a))));
        var byId = agreements.ToDictionary(a => a.Id);
        findings.AddRange(participants
            .Where(p => byId.ContainsKey(p.AgreementId) && !parties[p.AgreementId].Contains(p.OrganizationId))
            .Select(p => new Finding(FindingKind.SignatoryNotAParty,
                p.Role == ParticipantRole.Signatory ? "{0} signed for {1}, which is not a party to the agreement." : "{0} spoke for {1}, which is not a party to the agreement.",
                [p.Person, organizations[p.OrganizationId].Name], [Record(byId[p.AgreementId]), Record(organizations[p.OrganizationId])],
                Evidence(byId[p.AgreementId], p.Person, p.OrganizationId))));
        findings.AddRange(organizations.Values.Where(o => o.CountryCode is null && !o.Archived).OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => new Finding(FindingKind.NoCountry,
            "The organization has no country.", [], [Record(o)], Evidence(o))));
        findings.AddRange(Duplicates(organizations.Values.Where(o => !o.Archived)));
        findings.AddRange(EndedWithoutRenewal(agreements, renewed, parties, today));
        findings.AddRange(DirectoryDisagreements(snapshot, byId, today));
        return findings;
    }

    /// <summary>The Nth partner must not be dated before an earlier-numbered one (the MPR release's 2020 date, as the 16th after the 15th's November 2020).</summary>
    private static IEnumerable<Finding> OrdinalsOutOfOrder(List<AgreementFacts> agreements)
    {
        AgreementFacts? latest = null;
        foreach (var agreement in agreements.Where(a => a.PartnerOrdinal is not null).OrderBy(a => a.PartnerOrdinal).ThenBy(a => a.Id))
        {
            if (latest is not null && agreement.EffectiveOn < latest.EffectiveOn && agreement.PartnerOrdinal > latest.PartnerOrdinal)
            {
                yield return new Finding(FindingKind.OrdinalOutOfOrder,
                    "Partner no. {0} is dated {1:yyyy-MM-dd}, before partner no. {2} ({3:yyyy-MM-dd}).",
                    [agreement.PartnerOrdinal!, agreement.EffectiveOn, latest.PartnerOrdinal!, latest.EffectiveOn],
                    [Record(agreement), Record(latest)], Evidence(agreement) + Evidence(latest));
            }

            if (latest is null || agreement.EffectiveOn > latest.EffectiveOn)
            {
                latest = agreement;
            }
        }
    }

    private static IEnumerable<Finding> Duplicates(IEnumerable<OrganizationFacts> organizations)
    {
        var all = organizations.ToList();
        var groups = all.GroupBy(o => "name:" + LikelyDuplicates.Key(o.Name))
            .Concat(all.Where(o => LikelyDuplicates.JapaneseKey(o.LocalName) is not null).GroupBy(o => "local:" + LikelyDuplicates.JapaneseKey(o.LocalName)))
            .Where(g => g.Count() > 1)
            .Select(g => g.OrderBy(o => o.Id).ToList())
            .DistinctBy(g => string.Join(',', g.Select(o => o.Id)));
        foreach (var group in groups)
        {
            yield return new Finding(FindingKind.LikelyDuplicate, "These organizations look like one: {0}.",
                [string.Join(" / ", group.Select(o => o.Name))], [.. group.Select(Record)], string.Concat(group.Select(Evidence)));
        }
    }

    /// <summary>
    /// An agreement that ended at its end date is followed up when a renewal links to it, when a later agreement joins
    /// the same parties (entered before renewals were linked), or when its notes say it was not renewed. One that was
    /// terminated early was ended on purpose, so no renewal is expected.
    /// </summary>
    private static IEnumerable<Finding> EndedWithoutRenewal(List<AgreementFacts> agreements, HashSet<int> renewals, ILookup<int, int> parties, DateOnly today)
    {
        var byParties = agreements.ToLookup(a => PartiesKey(parties[a.Id]));
        foreach (var agreement in agreements.Where(a => !a.Terminated && a.EndsOn is { } end && end <= today).OrderBy(a => a.EndsOn).ThenBy(a => a.Id))
        {
            var renewed = renewals.Contains(agreement.Id)
                || byParties[PartiesKey(parties[agreement.Id])].Any(other => other.Id != agreement.Id && other.EffectiveOn > agreement.EffectiveOn);
            if (!renewed && !SaysNotRenewed(agreement.InternalNotes) && !SaysNotRenewed(agreement.DataQualityNotes))
            {
                yield return new Finding(FindingKind.EndedNotRenewed,
                    "The agreement ended on {0:yyyy-MM-dd}; no renewal is recorded and no note says it was not renewed.",
                    [agreement.EndsOn!.Value.AddDays(-1)], [Record(agreement)], Evidence(agreement));
            }
        }
    }

    private static bool SaysNotRenewed(string? notes) =>
        notes is not null && (notes.Contains("not renewed", StringComparison.OrdinalIgnoreCase) || notes.Contains("not be renewed", StringComparison.OrdinalIgnoreCase)
            || notes.Contains("更新しない", StringComparison.Ordinal) || notes.Contains("更新せず", StringComparison.Ordinal) || notes.Contains("更新なし", StringComparison.Ordinal));

    /// <summary>What the public directory believes against the database: a disagreement is a rule or cache bug.</summary>
    private static IEnumerable<Finding> DirectoryDisagreements(DirectorySnapshot snapshot, Dictionary<int, AgreementFacts> agreements, DateOnly today)
    {
        foreach (var shown in snapshot.ByName.SelectMany(p => p.Agreements).DistinctBy(a => a.AgreementId).OrderBy(a => a.AgreementId))
        {
            if (shown.Period.IsInForceOn(today) && agreements.TryGetValue(shown.AgreementId, out var stored)
                && !new AgreementPeriod(stored.EffectiveOn, stored.EndsOn, stored.Terminated).IsInForceOn(today))
            {
                yield return new Finding(FindingKind.DirectoryDisagrees,
                    "The public directory calls the agreement in force, but it is not in force today by its stored dates.",
                    [], [Record(stored)], Evidence(stored) + shown.Period);
            }
        }
    }

    private static string PartiesKey(IEnumerable<int> organizationIds) => string.Join(',', organizationIds.Order());

    private static FindingRecord Record(AgreementFacts a) => new(true, a.Id, a.Title);

    private static FindingRecord Record(OrganizationFacts o) => new(false, o.Id, o.Name);

    private static string Evidence(AgreementFacts a, params object[] more) =>
        string.Create(CultureInfo.InvariantCulture, $"a{a.Id}v{a.Version};{string.Join(';', more)}");

    private static string Evidence(OrganizationFacts o) => string.Create(CultureInfo.InvariantCulture, $"o{o.Id}v{o.Version};");

    private sealed record AgreementFacts(
        int Id, string Title, DateOnly EffectiveOn, DateOnly? EndsOn, bool EffectiveOnIsInferred, string? EffectiveOnAsStated, int? PartnerOrdinal,
        bool HasSource, string? InternalNotes, string? DataQualityNotes, int Version)
    {
        public bool Terminated { get; init; }
    }

    private sealed record OrganizationFacts(int Id, string Name, string? LocalName, string? CountryCode, int Version)
    {
        public bool Archived { get; init; }
    }
}
