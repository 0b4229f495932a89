namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// The registry's own content, as opposed to accounts and the audit trail. A committed write to any of it makes
/// every cache and read model start afresh (<c>RegistryChangeInterceptor</c>), and the audit trail records it under
/// its type's name (<c>ChangeRecorder</c>).
/// </summary>
public interface IRegistryContent;
