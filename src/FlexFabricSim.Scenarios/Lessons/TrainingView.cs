using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Views;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace FlexFabricSim.Scenarios.Lessons;

/// <summary>
/// The training screen: the card's own screen (the same <see cref="CardView"/> as <c>flexfabric menu</c>, at its 80x25)
/// with the lesson's <see cref="ObjectivePane"/> below it when the terminal has the rows the objective needs, else to its
/// right when it has the columns. On a bare 80x25 terminal only the card shows; the objective is printed before and after.
/// </summary>
public sealed class TrainingView : Runnable
{

    /// <summary>Columns the objective pane takes beside the card.</summary>
    public const int PaneColumns = 34;

    private readonly ObjectivePane _pane;
    private (Placement Placement, int Rows) _arranged = ((Placement)(-1), 0);

    /// <summary>Shows <paramref name="session"/> with <paramref name="lesson"/>'s objective.</summary>
    public TrainingView(CardSession session, ScenarioFile lesson)
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        Card = new CardView(session);
        _pane = new ObjectivePane(lesson);
        Card.Quit += (_, _) => Quit?.Invoke(this, EventArgs.Empty);
        Add(Card, _pane);
        Card.SetFocus();
    }

    /// <summary>Raised when the trainee quits (Ctrl-Q).</summary>
    public event EventHandler? Quit;

    /// <summary>The card's screen.</summary>
    public CardView Card { get; }

    /// <summary>Where the objective pane is now.</summary>
    public Placement ObjectivePlacement => _arranged.Placement;

    /// <summary>Lets time-driven changes show; call it from the UI thread.</summary>
    public void Tick() => Card.Tick();

    /// <inheritdoc />
    protected override void OnSubViewLayout(LayoutEventArgs args)
    {
        Arrange(Viewport.Size);
        base.OnSubViewLayout(args);
    }

    private void Arrange(System.Drawing.Size size)
    {
        // Below takes as many rows as the objective needs at this width; beside takes a fixed column.
        var rows = _pane.LinesFor(size.Width).Count;
        var placement = size.Height >= FormLayout.MinHeight + rows ? Placement.Below
            : size.Width >= FormLayout.MinWidth + PaneColumns ? Placement.Beside
            : Placement.Hidden;
        if ((placement, rows) == _arranged)
        {
            return;
        }
        _arranged = (placement, rows);
        _pane.Visible = placement != Placement.Hidden;
        (Card.X, Card.Y) = (0, 0);
        switch (placement)
        {
            case Placement.Below:
                (Card.Width, Card.Height) = (Dim.Fill(), Dim.Fill(rows));
                (_pane.X, _pane.Y, _pane.Width, _pane.Height) = (0, Pos.AnchorEnd(rows), Dim.Fill(), rows);
                break;
            case Placement.Beside:
                (Card.Width, Card.Height) = (Dim.Fill(PaneColumns), Dim.Fill());
                (_pane.X, _pane.Y, _pane.Width, _pane.Height) = (Pos.AnchorEnd(PaneColumns), 0, PaneColumns, Dim.Fill());
                break;
            default:
                (Card.Width, Card.Height) = (Dim.Fill(), Dim.Fill());
                break;
        }
    }

    /// <summary>Where the objective pane goes.</summary>
    public enum Placement
    {
        /// <summary>No room: only the card shows.</summary>
        Hidden,

        /// <summary>Below the card.</summary>
        Below,

        /// <summary>To the card's right.</summary>
        Beside,
    }
}
