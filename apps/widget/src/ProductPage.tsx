/** A stand-in for the customer's website the widget is embedded in. */
export function ProductPage() {
  return (
    <div className="site">
      <header className="site__nav">
        <span className="site__logo">Acme</span>
        <nav aria-label="Site">
          <a href="#pricing">Pricing</a>
          <a href="#docs">Docs</a>
          <a href="#support">Support</a>
        </nav>
      </header>
      <main className="site__hero">
        <h1>Ship orders faster.</h1>
        <p>
          Acme plans, tracks and delivers your parcels. Questions? Our support team answers in the
          chat at the bottom right, usually within minutes.
        </p>
        <ul className="site__features">
          <li>
            <strong>Live tracking</strong>
            <span>Every parcel, every hub, in real time.</span>
          </li>
          <li>
            <strong>Smart routing</strong>
            <span>Cheapest carrier for each destination.</span>
          </li>
          <li>
            <strong>Returns made easy</strong>
            <span>Printable labels in one click.</span>
          </li>
        </ul>
      </main>
    </div>
  );
}
