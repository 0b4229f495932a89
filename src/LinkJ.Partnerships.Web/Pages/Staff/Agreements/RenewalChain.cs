using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>One link of a renewal chain as staff see it: archived and internal links included, and marked.</summary>
public sealed record ChainLink(int Id, string Title, DateOnly EffectiveOn, DateOnly? EndsOn, bool Terminated, bool Archived, Visibility Visibility)
{
    public AgreementPeriod Period => new(EffectiveOn, EndsOn, Terminated);
}

/// <summary>
/// An agreement's renewal chain, oldest first: back through what each link renews, forward through what renews it.
/// Chains are a handful of links, so each step is one indexed lookup (<c>RenewsId</c> is unique and indexed).
/// </summary>
public static class RenewalChain
{
    /// <summary>A guard against a loop that only a hand-edited database could make.</summary>
    private const int MaxLinks = 100;

    public static async Task<IReadOnlyList<ChainLink>> OfAsync(RegistryDbContext db, int agreementId, CancellationToken cancellationToken)
    {
        var start = await LinkAsync(db, a => a.Id == agreementId, cancellationToken);
        if (start is null)
        {
            return [];
        }

        var chain = new List<ChainLink> { start.Value.Link };
        for (var previous = start.Value.RenewsId; previous is { } id && chain.Count < MaxLinks;)
        {
            var earlier = await LinkAsync(db, a => a.Id == id, cancellationToken);
            if (earlier is null || chain.Exists(l => l.Id == earlier.Value.Link.Id))
            {
                break;
            }

            chain.Insert(0, earlier.Value.Link);
            previous = earlier.Value.RenewsId;
        }

        for (var current = agreementId; chain.Count < MaxLinks;)
        {
            var later = await LinkAsync(db, a => a.RenewsId == current, cancellationToken);
            if (later is null || chain.Exists(l => l.Id == later.Value.Link.Id))
            {
                break;
            }

            chain.Add(later.Value.Link);
            current = later.Value.Link.Id;
        }

        return chain;
    }

    private static async Task<(int? RenewsId, ChainLink Link)?> LinkAsync(
        RegistryDbContext db, System.Linq.Expressions.Expression<Func<Agreement, bool>> which, CancellationToken cancellationToken)
    {
        var row = await db.Agreements.AsNoTracking().Where(which)
            .Select(a => new { a.RenewsId, a.Id, a.Title, a.EffectiveOn, a.EndsOn, Terminated = a.TerminatedOn != null, Archived = a.ArchivedAt != null, a.Visibility })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.RenewsId, new ChainLink(row.Id, row.Title, row.EffectiveOn, row.EndsOn, row.Terminated, row.Archived, row.Visibility));
    }
}
