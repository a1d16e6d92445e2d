namespace FlexFabricSim.Scenarios.Guide;

/// <summary>A set-up section of the HP guide: its first printed page, heading, and what it tells the reader to do.</summary>
/// <param name="Page">The printed page the section starts on.</param>
/// <param name="Title">The section's heading.</param>
/// <param name="Action">The section's instruction in one or two sentences.</param>
public sealed record GuideSection(int Page, string Title, string Action);
