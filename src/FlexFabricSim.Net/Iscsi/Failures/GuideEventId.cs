namespace FlexFabricSim.Net.Iscsi.Failures;

/// <summary>Event ids of the offload iSCSI driver's log that the simulator raises (guide, event log table; ids 1-72).</summary>
/// <remarks>The messages are data (<see cref="GuideEventLog"/>, a copy of <c>reference/event-log.tsv</c>); only the ids we map are named.</remarks>
public enum GuideEventId
{
    /// <summary>1: the initiator could not connect to the target.</summary>
    ConnectFailed = 1,

    /// <summary>3: MaxCmdSN is not serially greater than ExpCmdSN in the login response.</summary>
    BadCommandWindow = 3,

    /// <summary>4: MaxBurstLength is not greater than FirstBurstLength.</summary>
    BurstLengthsInverted = 4,

    /// <summary>8: the target did not answer an iSCSI request in time.</summary>
    RequestTimeout = 8,

    /// <summary>9: the target did not answer a SCSI request in time.</summary>
    ScsiTimeout = 9,

    /// <summary>10: the login request failed (a Login Response with a non-zero status class).</summary>
    LoginFailed = 10,

    /// <summary>11: the target returned an invalid login response.</summary>
    InvalidLoginResponse = 11,

    /// <summary>12: the target gave invalid data for a login redirect.</summary>
    InvalidRedirect = 12,

    /// <summary>13: the target offered an unknown AuthMethod.</summary>
    UnknownAuthMethod = 13,

    /// <summary>14: the target offered an unknown CHAP digest algorithm.</summary>
    UnknownChapAlgorithm = 14,

    /// <summary>15: the target's CHAP challenge has invalid characters.</summary>
    InvalidChapChallenge = 15,

    /// <summary>16: an invalid key during CHAP negotiation.</summary>
    InvalidChapKey = 16,

    /// <summary>17: the target's CHAP response did not match (mutual CHAP).</summary>
    ChapResponseMismatch = 17,

    /// <summary>18: the initiator requires a header digest the target did not offer.</summary>
    HeaderDigestRefused = 18,

    /// <summary>19: the initiator requires a data digest the target did not offer.</summary>
    DataDigestRefused = 19,

    /// <summary>20: the connection to the target was lost.</summary>
    ConnectionLost = 20,

    /// <summary>21: a data segment is longer than the MaxRecvDataSegmentLength declared.</summary>
    DataSegmentTooLong = 21,

    /// <summary>22: a header digest error.</summary>
    HeaderDigestError = 22,

    /// <summary>23: the target sent an invalid PDU.</summary>
    InvalidPdu = 23,

    /// <summary>24: the target sent a PDU with an invalid opcode.</summary>
    InvalidOpcode = 24,

    /// <summary>25: a data digest error.</summary>
    DataDigestError = 25,

    /// <summary>26: the target sends more data than asked for.</summary>
    TooMuchData = 26,

    /// <summary>27: no task matches the Initiator Task Tag received.</summary>
    UnknownTaskTag = 27,

    /// <summary>28: an invalid R2T.</summary>
    InvalidR2T = 28,

    /// <summary>29: the target rejected a PDU.</summary>
    PduRejected = 29,

    /// <summary>32: an asynchronous logout request from the target.</summary>
    AsyncLogout = 32,

    /// <summary>33: the target's challenge is longer than RFC 7143 allows.</summary>
    ChallengeTooLong = 33,

    /// <summary>35: the target CHAP secret is shorter than 12 bytes.</summary>
    TargetSecretTooShort = 35,

    /// <summary>36: the initiator CHAP secret is shorter than 12 bytes.</summary>
    InitiatorSecretTooShort = 36,

    /// <summary>38: the initiator requires CHAP, the target did not offer it.</summary>
    TargetDidNotOfferChap = 38,

    /// <summary>40: the target requires CHAP, the initiator is not configured for it.</summary>
    TargetRequiresChap = 40,

    /// <summary>41: the target sent no AuthMethod during security negotiation.</summary>
    NoAuthMethod = 41,

    /// <summary>42: an invalid StatSN.</summary>
    BadStatSN = 42,

    /// <summary>43: the target did not answer a login request in time.</summary>
    LoginTimeout = 43,

    /// <summary>44: the target did not answer a logout request in time.</summary>
    LogoutTimeout = 44,

    /// <summary>46: the target did not answer SendTargets in time.</summary>
    SendTargetsTimeout = 46,

    /// <summary>48: the target did not answer a NOP in time.</summary>
    NopTimeout = 48,

    /// <summary>49: the target did not answer a task management request in time.</summary>
    TaskManagementTimeout = 49,

    /// <summary>51: the target did not answer in time the logout it asked for with an Asynchronous Message.</summary>
    AsyncLogoutTimeout = 51,

    /// <summary>59: the target dropped the connection before full feature phase.</summary>
    DroppedBeforeFullFeature = 59,

    /// <summary>60: data in a SCSI Response instead of Data-In.</summary>
    DataInScsiResponse = 60,

    /// <summary>61: the target set DataPDUInOrder=No when Yes was asked.</summary>
    DataPduInOrderRefused = 61,

    /// <summary>62: the target set DataSequenceInOrder=No when Yes was asked.</summary>
    DataSequenceInOrderRefused = 62,

    /// <summary>68: logging in again after the target's asynchronous logout request failed.</summary>
    ReloginAfterAsyncLogoutFailed = 68,
}
