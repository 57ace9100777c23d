import BriefingRender

// Templates read these views' fields by position rather than through a Mirror filter
// (see `TemplateView`): most of a page's rendering time went to those look-ups.
extension LinkView: TemplateView {}
extension CitationView: TemplateView {}
extension ActorLine: TemplateView {}
extension EventLine: TemplateView {}
extension DisputeLine: TemplateView {}
extension ArticleLine: TemplateView {}
extension QuoteView: TemplateView {}
extension PositionView: TemplateView {}
extension StanceGroup: TemplateView {}
extension FigureView: TemplateView {}
extension MentionGroup: TemplateView {}
extension NamedGroup: TemplateView {}
extension SourceView: TemplateView {}
extension HomeView: TemplateView {}
extension ArticleView: TemplateView {}
extension ActorView: TemplateView {}
extension EventView: TemplateView {}
extension DisputeView: TemplateView {}
extension PlaceView: TemplateView {}
extension ListView: TemplateView {}
extension Crumb: TemplateView {}
extension LayoutView: TemplateView {}
extension LayoutView.NavItem: TemplateView {}
