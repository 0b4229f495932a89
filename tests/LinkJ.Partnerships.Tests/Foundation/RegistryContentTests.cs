using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>
/// The audit trail and the caches' eviction both ask <see cref="IRegistryContent"/> what the registry's content is.
/// An entity added to the model without the marker would be neither audited nor evicted on write. Accounts and their
/// access tokens are audited by name in <c>ChangeRecorder</c> and evict nothing: they are not what the pages show.
/// </summary>
public sealed class RegistryContentTests
{
    /// <summary>
    /// An attachment's bytes are written and deleted only with their <see cref="Attachment"/>, which is content: its
    /// audit row carries their SHA-256 and its write evicts the caches.
    /// </summary>
    private static readonly Type[] NotContent = [typeof(AppUser), typeof(AccessToken), typeof(AuditEntry), typeof(AttachmentContent)];

    [Fact]
    public void Every_entity_of_the_model_is_registry_content_except_accounts_and_the_audit_trail()
    {
        using var db = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite("Data Source=:memory:").Options);
        var unmarked = db.Model.GetEntityTypes()
            .Select(e => e.ClrType)
            .Where(t => t.Namespace == typeof(IRegistryContent).Namespace)
            .Where(t => !NotContent.Contains(t) && !typeof(IRegistryContent).IsAssignableFrom(t))
            .Select(t => t.Name);

        Assert.Empty(unmarked);
        Assert.Contains(db.Model.GetEntityTypes(), e => e.ClrType == typeof(AgreementParticipant));
    }
}
