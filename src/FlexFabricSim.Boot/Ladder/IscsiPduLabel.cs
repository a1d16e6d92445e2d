using System.Globalization;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Boot.Ladder;

/// <summary>The words a ladder arrow gives an iSCSI PDU: the opcode, and what matters in it (stages, status, the SCSI command).</summary>
public static class IscsiPduLabel
{
    /// <summary>The label for <paramref name="pdu"/>.</summary>
    public static string For(IscsiPdu pdu) => pdu switch
    {
        IscsiLoginRequest r => $"Login Request ({Stage(r.CurrentStage)}{(r.Transit ? $" -> {Stage(r.NextStage)}" : "")})",
        IscsiLoginResponse r => r.Status.IsSuccess
            ? $"Login Response ({Stage(r.CurrentStage)}{(r.Transit ? $" -> {Stage(r.NextStage)}" : "")})"
            : $"Login Response ({r.Status.Description})",
        IscsiScsiCommand c => $"SCSI {CommandName(c.Cdb.Span)} LUN {Lun(c.Lun)}",
        IscsiScsiResponse r => $"SCSI Response ({r.Status})",
        IscsiDataIn d => string.Create(CultureInfo.InvariantCulture, $"Data-In ({d.Data.Length} bytes)"),
        _ => Words(pdu.Opcode),
    };

    private static string Stage(IscsiLoginStage stage) => stage switch
    {
        IscsiLoginStage.SecurityNegotiation => "security",
        IscsiLoginStage.LoginOperationalNegotiation => "operational",
        IscsiLoginStage.FullFeaturePhase => "full feature",
        _ => stage.ToString(),
    };

    private static string CommandName(ReadOnlySpan<byte> cdb)
    {
        if (cdb.IsEmpty)
        {
            return "command";
        }
        var opcode = (ScsiOpcode)cdb[0];
        return opcode switch
        {
            ScsiOpcode.TestUnitReady => "TEST UNIT READY",
            ScsiOpcode.Inquiry => "INQUIRY",
            ScsiOpcode.ReadCapacity10 => "READ CAPACITY(10)",
            ScsiOpcode.ServiceActionIn16 => "READ CAPACITY(16)",
            ScsiOpcode.Read10 => "READ(10)",
            ScsiOpcode.Read16 => "READ(16)",
            ScsiOpcode.ReportLuns => "REPORT LUNS",
            _ => Enum.IsDefined(opcode) ? opcode.ToString() : string.Create(CultureInfo.InvariantCulture, $"opcode {cdb[0]:x2}h"),
        };
    }

    private static string Lun(ScsiLun lun) => lun.TryGetNumber(out var n) ? n.ToString(CultureInfo.InvariantCulture) : lun.ToString();

    private static string Words(IscsiOpcode opcode) => opcode switch
    {
        IscsiOpcode.NopOut => "NOP-Out",
        IscsiOpcode.NopIn => "NOP-In",
        IscsiOpcode.DataOut => "Data-Out",
        IscsiOpcode.ReadyToTransfer => "R2T",
        IscsiOpcode.LogoutRequest => "Logout Request",
        IscsiOpcode.LogoutResponse => "Logout Response",
        IscsiOpcode.TextRequest => "Text Request",
        IscsiOpcode.TextResponse => "Text Response",
        IscsiOpcode.TaskManagementRequest => "Task Management Request",
        IscsiOpcode.TaskManagementResponse => "Task Management Response",
        IscsiOpcode.AsyncMessage => "Async Message",
        IscsiOpcode.SnackRequest => "SNACK",
        IscsiOpcode.Reject => "Reject",
        _ => opcode.ToString(),
    };
}
