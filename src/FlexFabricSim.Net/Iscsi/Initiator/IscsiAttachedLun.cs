using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>A logical unit the initiator has attached: ready, identified and sized, as a boot ROM needs before reading sector 0.</summary>
public sealed record IscsiAttachedLun(ScsiLun Lun, ScsiInquiryData Inquiry, ScsiCapacity Capacity);
