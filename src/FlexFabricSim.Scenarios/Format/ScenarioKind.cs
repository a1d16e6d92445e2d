namespace FlexFabricSim.Scenarios.Format;

/// <summary>What a scenario file is for.</summary>
public enum ScenarioKind
{
    /// <summary>A reproduction: steps and the outcomes the guide describes, checked by <c>scenario run</c>.</summary>
    Scenario,

    /// <summary>A training exercise: an objective the trainee reaches in the menus, scored by <c>train</c>.</summary>
    Lesson,
}
