namespace FlexFabricSim.Net.Iscsi.Failures;

/// <summary>One row of the driver event log table: id, severity and the English and Japanese texts (guide's event log).</summary>
public sealed record GuideEvent(int Id, string Severity, string MessageEn, string MessageJa);
