namespace LinkJ.Partnerships.Web.Domain;

/// <summary>Public agreements appear in the anonymous directory; internal ones only to signed-in staff.</summary>
public enum Visibility
{
    Public,
    Internal,
}
