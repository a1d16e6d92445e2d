using System.Globalization;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>A Login Response's Status-Class and Status-Detail pair, with the constants of RFC 7143 §11.13.5.</summary>
public readonly record struct IscsiLoginStatus(byte Class, byte Detail)
{
    /// <summary>0x0000 Success.</summary>
    public static IscsiLoginStatus Success => new(0, 0);

    /// <summary>0x0101 Target moved temporarily.</summary>
    public static IscsiLoginStatus TargetMovedTemporarily => new(1, 1);

    /// <summary>0x0102 Target moved permanently.</summary>
    public static IscsiLoginStatus TargetMovedPermanently => new(1, 2);

    /// <summary>0x0200 Initiator error (miscellaneous).</summary>
    public static IscsiLoginStatus InitiatorError => new(2, 0);

    /// <summary>0x0201 Authentication failure.</summary>
    public static IscsiLoginStatus AuthenticationFailure => new(2, 1);

    /// <summary>0x0202 Authorization failure.</summary>
    public static IscsiLoginStatus AuthorizationFailure => new(2, 2);

    /// <summary>0x0203 Target not found.</summary>
    public static IscsiLoginStatus NotFound => new(2, 3);

    /// <summary>0x0204 Target removed.</summary>
    public static IscsiLoginStatus TargetRemoved => new(2, 4);

    /// <summary>0x0205 Unsupported version.</summary>
    public static IscsiLoginStatus UnsupportedVersion => new(2, 5);

    /// <summary>0x0206 Too many connections.</summary>
    public static IscsiLoginStatus TooManyConnections => new(2, 6);

    /// <summary>0x0207 Missing parameter.</summary>
    public static IscsiLoginStatus MissingParameter => new(2, 7);

    /// <summary>0x0208 Cannot include in session.</summary>
    public static IscsiLoginStatus CannotIncludeInSession => new(2, 8);

    /// <summary>0x0209 Session type not supported.</summary>
    public static IscsiLoginStatus SessionTypeNotSupported => new(2, 9);

    /// <summary>0x020a Session does not exist.</summary>
    public static IscsiLoginStatus SessionDoesNotExist => new(2, 0x0a);

    /// <summary>0x020b Invalid request during login.</summary>
    public static IscsiLoginStatus InvalidDuringLogin => new(2, 0x0b);

    /// <summary>0x0300 Target error (miscellaneous).</summary>
    public static IscsiLoginStatus TargetError => new(3, 0);

    /// <summary>0x0301 Service unavailable.</summary>
    public static IscsiLoginStatus ServiceUnavailable => new(3, 1);

    /// <summary>0x0302 Out of resources.</summary>
    public static IscsiLoginStatus OutOfResources => new(3, 2);

    /// <summary>The class as an enum.</summary>
    public IscsiLoginStatusClass StatusClass => (IscsiLoginStatusClass)Class;

    /// <summary>Whether the login step succeeded.</summary>
    public bool IsSuccess => Class == 0;

    /// <summary>The RFC's name for the pair, or its hex when the RFC does not name it.</summary>
    public string Description => (Class, Detail) switch
    {
        (0, 0) => "Success",
        (1, 1) => "Target moved temporarily",
        (1, 2) => "Target moved permanently",
        (2, 0) => "Initiator error",
        (2, 1) => "Authentication failure",
        (2, 2) => "Authorization failure",
        (2, 3) => "Not found",
        (2, 4) => "Target removed",
        (2, 5) => "Unsupported version",
        (2, 6) => "Too many connections",
        (2, 7) => "Missing parameter",
        (2, 8) => "Can't include in session",
        (2, 9) => "Session type not supported",
        (2, 0x0a) => "Session does not exist",
        (2, 0x0b) => "Invalid during login",
        (3, 0) => "Target error",
        (3, 1) => "Service unavailable",
        (3, 2) => "Out of resources",
        _ => "Unknown status",
    };

    /// <summary>"0x0201 Authentication failure".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"0x{Class:x2}{Detail:x2} {Description}");
}
