namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// One recorded change. Written in the same transaction as the change itself, and never updated or deleted:
/// the DbContext refuses to, and a database trigger refuses too.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        EntityType = EntityId = Changes = string.Empty;
    }

    public AuditEntry(DateTime occurredAt, string? userId, string? userName, AuditAction action, string entityType, string entityId, int? agreementId, string changes)
    {
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        AgreementId = agreementId;
        Changes = changes;
    }

    public long Id { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>Who made the change: an account's user name, or "system" for start-up and commands.</summary>
    public string? UserName { get; private set; }

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>The agreement the change belongs to, so that an agreement's history can be listed.</summary>
    public int? AgreementId { get; private set; }

    /// <summary>JSON array of { field, old, new }.</summary>
    public string Changes { get; private set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}

public sealed record AuditChange(string Field, string? Old, string? New);
