using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>An account that gets a digest.</summary>
public sealed record Recipient(string UserId, string Email, DigestFrequency Digest, string? Language)
{
    /// <summary>Daily digests are due every day, weekly ones on Mondays (Tokyo).</summary>
    public bool IsDueOn(DateOnly day) => Digest == DigestFrequency.Daily || (Digest == DigestFrequency.Weekly && day.DayOfWeek == DayOfWeek.Monday);

    /// <summary>
    /// Enabled accounts that asked for a digest and may read every agreement it can list. Internal agreements are
    /// for staff, and today every staff or admin account may see them all, so the staff roles are the whole rule.
    /// </summary>
    public static Task<List<Recipient>> AllAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var staffRoles = db.Roles.Where(r => r.Name == Roles.Staff || r.Name == Roles.Admin).Select(r => r.Id);
        return db.Users.AsNoTracking()
            .Where(u => u.DisabledAt == null && u.Digest != DigestFrequency.None && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)))
            .OrderBy(u => u.Id)
            .Select(u => new Recipient(u.Id, u.Email!, u.Digest, u.Language))
            .ToListAsync(cancellationToken);
    }
}
