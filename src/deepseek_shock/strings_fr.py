"""The French table: each English string the library draws or writes → its French text.

One table for the whole library (``i18n.tr`` reads it), in sections by module. The terms follow
``locales/fr/TERMS.md``; numbers and dates are not written here but by ``i18n.format_*``. A string with
fields (``{n}``) keeps the same fields in French. ``tests/test_i18n.py`` checks that every string the
library passes to ``tr`` has an entry here, and that every entry is used.
"""

from __future__ import annotations

__all__ = ["FRENCH"]

FRENCH: dict[str, str] = {
    # --- i18n (examples in its docstrings) ---
    "Share price (USD)": "Cours de l'action (USD)",
    "{n} events": "{n} événements",
    # --- style and widgets ---
    # --- timeline ---
    "DeepSeek & AI labs": "DeepSeek, labos d'IA",
    "Politics": "Politique",
    "Markets": "Marchés",
    "The app": "L'application",
    "Regulation & bans": "Règles, interdictions",
    "Export controls": "Contrôle des exportations",
    "2016–2025": "2016–2025",
    "2022–2025": "2022–2025",
    "Dec 2024–Feb 2025": "déc. 2024–févr. 2025",
    "19–31 Jan 2025": "19–31 janv. 2025",
    "{ticker} close (USD, right axis)": "clôture {ticker} (USD, axe droit)",
    "{ticker} close (USD per share)": "clôture de {ticker} (USD par action)",
    "Date": "Date",
    "{count} {category}": "{category} : {count}",
    "Timeline of {n} events from {start} to {end}": "Chronologie de {n} événements, du {start} au {end}",
    " {ticker}'s close goes from {first} USD on {first_day} to {last} USD on {last_day}, "
    "lowest {low} USD on {low_day}.": (
        " La clôture de {ticker} passe de {first} USD le {first_day} à {last} USD le {last_day}, "
        "au plus bas à {low} USD le {low_day}."
    ),
    "Window (works without Python)": "Période (fonctionne sans Python)",
    "Each frame shows the events and Nvidia's close in one window of time.": (
        "Chaque image montre les événements et la clôture de Nvidia sur une période."
    ),
    "Categories": "Catégories",
    "Months": "Mois",
    # the timing claims (timeline.TIMING_CLAIMS): the broadcast's words in French only
    "Stargate was announced « dans la foulée » of the 20 January inauguration": (
        "Stargate annoncé « dans la foulée » de l'investiture du 20 janvier"
    ),
    "« dans la foulée » means right after, in the wake of: the same day or the next": (
        "« dans la foulée » : juste après, le jour même ou le lendemain"
    ),
    "« Quelques jours après » its release, R1's app topped the US App Store": (
        "« Quelques jours après » sa sortie, l'application de R1 en tête de l'App Store américain"
    ),
    "« quelques jours » read as two to seven days": "« quelques jours » lu comme deux à sept jours",
    "« Lundi 27 janvier », Nvidia's share price fell": "« Lundi 27 janvier », le cours de Nvidia chute",
    "the sell-off must fall on Monday 27 January 2025": ("la chute doit tomber le lundi 27 janvier 2025"),
    "{n} day": "{n} jour",
    "{n} days": "{n} jours",
    "{label}:": "{label} :",
    "Inauguration": "Investiture",
    "Stargate": "Stargate",
    "R1 released": "Sortie de R1",
    "App Store #1": "N° 1 de l'App Store",
    "({days} later)": "({days} plus tard)",
    " and ": " et ",
    "a tie": "ex æquo",
    "alone": "seul",
    "<p><b>{n}</b> events shown, {start} – {end}.</p>": (
        "<p><b>{n}</b> événements affichés, {start} – {end}.</p>"
    ),
    # --- market ---
    "The {index} moved {move} and {falling} of the {chips} chip stocks in the data fell (worst {worst})": (
        "L'{index} a varié de {move} et {falling} des {chips} actions de puces des données ont baissé "
        "(au pire {worst})"
    ),
    # the lines chapter 2 prints (market.LINES): the fields' formats are the English ones
    "Close on Fri 24 Jan: ${before:.2f}   close on Mon 27 Jan: ${after:.2f}": (
        "Clôture du ven. 24 janv. : {before}\u00a0$   clôture du lun. 27 janv. : {after}\u00a0$"
    ),
    "{shares_bn:.2f} billion shares": "{shares_bn} milliards d'actions",
    "change: {change:.4f} = {change_pct:.2f}%": "variation : {change} = {change_pct}\u202f%",
    "value lost, official close ${price:.2f}: ${lost_bn:.1f}B": (
        "capitalisation perdue, clôture officielle {price}\u00a0$ : {lost_bn}\u202fMd$"
    ),
    "value lost, early print  ${price:.2f}: ${lost_bn:.1f}B": (
        "capitalisation perdue, premier cours publié {price}\u00a0$ : {lost_bn}\u202fMd$"
    ),
    "gain needed to undo {fall_pct:.2f}%: {needed_pct:.1f}%": (
        "hausse nécessaire pour effacer {fall_pct}\u202f% : {needed_pct}\u202f%"
    ),
    "28 Jan: {rebound_pct:+.2f}% to ${close:.2f}, still {below_pct:.2f}% below 24 Jan": (
        "28 janv. : {rebound_pct}\u202f% à {close}\u00a0$, encore {below_pct}\u202f% sous le 24 janv."
    ),
    "first known close ≥ ${level:.2f}: {day:%d %b %Y} at ${close:.2f}": (
        "première clôture connue ≥ {level}\u00a0$ : le {day} à {close}\u00a0$"
    ),
    "$4T needed ${price:.2f} a share on {day:%d %b %Y}; the close gave ${cap_t:.2f}T": (
        "4\u202f000\u202fMd$ exigeaient {price}\u00a0$ par action le {day} ; la clôture donnait "
        "{cap_t} milliers de Md$"
    ),
    "$5T needed ${price:.2f} a share on {day:%d %b %Y}": (
        "5\u202f000\u202fMd$ exigeaient {price}\u00a0$ par action le {day}"
    ),
    "S&P 500: {move_pct:.2f}%; Nvidia's contribution: {points:.2f} points = {share_pct:.0f}% of the fall": (
        "S&P 500 : {move_pct}\u202f% ; contribution de Nvidia : {points} points = {share_pct}\u202f% "
        "de la baisse"
    ),
    "official: {official_bn:.1f}B, early: {early_bn:.1f}B": (
        "clôture officielle : {official_bn}\u202fMd$, premier cours : {early_bn}\u202fMd$"
    ),
    "shares for exactly $600B: {shares_bn:.2f}B": (
        "actions pour exactement 600\u202fMd$ : {shares_bn} milliards"
    ),
    "{kind} {shares_bn:.3f}B": "{kind} {shares_bn} milliards",
    "Meta at Nvidia's fall: ${lost_bn:.0f}B": "Meta avec la baisse de Nvidia : {lost_bn}\u202fMd$",
    "Nvidia at Meta's fall: ${lost_bn:.0f}B": "Nvidia avec la baisse de Meta : {lost_bn}\u202fMd$",
    "fall for $600B: {fall_pct:.2f}%, gain to undo it: {gain_pct:.1f}%": (
        "baisse pour 600\u202fMd$ : {fall_pct}\u202f%, hausse pour l'effacer : {gain_pct}\u202f%"
    ),
    "check: ${lost_bn:.1f}B lost": "vérification : {lost_bn}\u202fMd$ perdus",
    "a 50% fall needs a gain of {gain_pct:.0f}%": (
        "une baisse de 50\u202f% exige une hausse de {gain_pct}\u202f%"
    ),
    "without Nvidia's fall the index would have moved {move_pct:.2f}%": (
        "sans la baisse de Nvidia, l'indice aurait varié de {move_pct}\u202f%"
    ),
    "with a 3% weight: index {move_pct:.2f}%, Nvidia's share {share_pct:.0f}%": (
        "avec un poids de 3\u202f% : indice {move_pct}\u202f%, part de Nvidia {share_pct}\u202f%"
    ),
    "with {shares_bn:.2f}B shares: ${price:.2f}; reported: ${reported:.2f}": (
        "avec {shares_bn} milliards d'actions : {price}\u00a0$ ; publié : {reported}\u00a0$"
    ),
    "share count change: {change_pct:.2f}%": "variation du nombre d'actions : {change_pct}\u202f%",
    "the other stocks together: {rest_pct:.2f}%": "les autres actions ensemble : {rest_pct}\u202f%",
    "Nvidia's weight after the day: {computed_pct:.2f}% (reported: {reported_pct:.2f}%)": (
        "poids de Nvidia après la séance : {computed_pct}\u202f% (publié : {reported_pct}\u202f%)"
    ),
    "${value}B": "{value}\u202fMd$",
    "{value} billion dollars": "{value} milliards de dollars",
    "{n}st": "{n}er",
    "{n}th": "{n}e",
    "official close": "clôture officielle",
    "early print": "premier cours publié",
    "reported": "publié",
    "chips": "puces",
    "data centres": "centres de données",
    "power": "énergie",
    "big tech": "géants de la tech",
    "index": "indice",
    "Close ÷ close on the base day × 100": "Clôture ÷ clôture du jour de base × 100",
    "Trading day, 2025 (dotted: closes missing in between)": (
        "Séance, 2025 (pointillés : clôtures manquantes entre deux)"
    ),
    "{series} {value} on {day}": "{series} {value} le {day}",
    "Closes of {n} series rebased to 100 from {start} to {end}, dotted where closes are missing. "
    "Last values: {ends}. Lowest point: {series} at {value} on {day}.": (
        "Clôtures de {n} séries ramenées à 100, du {start} au {end}, en pointillés où des clôtures "
        "manquent. Dernières valeurs : {ends}. Point le plus bas : {series} à {value} le {day}."
    ),
    "An empty chart: no series to draw.": "Un graphique vide : aucune série à tracer.",
    "value lost": "capitalisation perdue",
    "before\n${price}": "avant\n{price}\u00a0$",
    "after\n${price}": "après\n{price}\u00a0$",
    "Market value (USD trillions)": "Capitalisation (milliers de Md$)",
    "gain needed to undo the fall": "hausse pour effacer la baisse",
    "same size as the fall": "même ampleur que la baisse",
    "fall {fall} → gain {gain}": "baisse {fall} → hausse {gain}",
    "Fall in the share price (%)": "Baisse du cours de l'action (%)",
    "Gain needed to get back (%)": "Hausse nécessaire pour revenir (%)",
    "Left: market value falls from {before} to {after} trillion dollars, a loss of {lost} billion, "
    "for a {fall} fall from ${price}. Right: a curve rising ever faster shows the gain needed to "
    "undo a fall; for this fall it is {gain}, above the dashed line where gain equals fall.": (
        "À gauche : la capitalisation boursière passe de {before} à {after} milliers de milliards de "
        "dollars, une perte de {lost} milliards, pour une baisse de {fall} depuis {price}\u00a0$. À droite : "
        "une courbe de plus en plus raide montre la hausse nécessaire pour effacer une baisse ; pour "
        "celle-ci, {gain}, au-dessus de la ligne en tirets où la hausse égale la baisse."
    ),
    "{pct} (27 Jan)": "{pct} (27 janv.)",
    "Fall in the share price (works without Python)": (
        "Baisse du cours de l'action (fonctionne sans Python)"
    ),
    "Each frame uses a price of ${price} and {shares} billion shares.": (
        "Chaque image part d'un cours de {price}\u00a0$ et de {shares} milliards d'actions."
    ),
    "Fall (%)": "Baisse (%)",
    "Shares (billions)": "Actions (milliards)",
    "Cannot compute: {error}": "Calcul impossible : {error}",
    "A {fall} fall from ${price} with {shares}B shares loses {lost}; undoing it needs a gain of {gain}.": (
        "Une baisse de {fall} depuis {price}\u00a0$ avec {shares} milliards d'actions efface {lost} ; "
        "pour la compenser, il faut une hausse de {gain}."
    ),
    "Series": "Séries",
    "<li>{name}: {value} on {day}</li>": "<li>{name} : {value} le {day}</li>",
    "<p>Last known value (base day = 100):</p>": "<p>Dernière valeur connue (jour de base = 100) :</p>",
    "{name} ends at {value} on {day}": "{name} finit à {value} le {day}",
    "Closes divided by the close on the base day, times 100, trading day by trading day. ": (
        "Clôtures divisées par la clôture du jour de base, fois 100, séance par séance. "
    ),
    "<p>Pick at least one series.</p>": "<p>Choisissez au moins une série.</p>",
    "Empty chart: no series is picked.": "Graphique vide : aucune série choisie.",
    "Reported change on the day (%)": "Variation publiée sur la séance (%)",
    "Horizontal bars of {n} reported moves on one day, from {best} {best_move} at the top to "
    "{worst} {worst_move} at the bottom; {falls} of them fell.": (
        "Barres horizontales de {n} variations publiées sur une séance, de {best} {best_move} en haut à "
        "{worst} {worst_move} en bas ; {falls} d'entre elles sont des baisses."
    ),
    "Value lost in a day (USD billions)": "Perte en une séance (Md$)",
    "% not reported": "% non publié",
    "2024 or later": "depuis 2024",
    "before 2024": "avant 2024",
    "{company} on {day}, {lost}": "{company} le {day}, {lost}",
    "Left, {n} record one-day losses of market value, largest first: {top}.": (
        "À gauche, {n} records de perte en une séance, du plus grand au plus petit : {top}."
    ),
    " Right, the same days' falls in percent; the largest is {company}'s {fall} on {day}.": (
        " À droite, les baisses en pourcentage des mêmes séances ; la plus forte est celle de {company}, "
        "{fall} le {day}."
    ),
    "computed with {shares}B shares": "calculée avec {shares} milliards d'actions",
    "figure the outlets printed": "chiffre publié par les médias",
    "{basis}: ${price}\n({outlet})": "{basis} : {price}\u00a0$\n({outlet})",
    "Nvidia's market value lost on 27 January 2025 (USD billions)": (
        "Capitalisation perdue par Nvidia le 27 janvier 2025 (Md$)"
    ),
    "with the {basis} of {price} dollars the computed loss is {lost} ({outlet} printed {printed})": (
        "avec le cours « {basis} » de {price} dollars, la perte calculée est de {lost} ({outlet} a "
        "publié {printed})"
    ),
    "Horizontal bars, with {shares} billion shares: ": (
        "Barres horizontales, avec {shares} milliards d'actions : "
    ),
    ". A dashed line marks the broadcast's 600 billion.": (
        ". Une ligne en tirets marque les 600 milliards du reportage."
    ),
    "{ticker} close (known days)": "clôture {ticker} (jours connus)",
    "pre-shock close ${price}": "clôture d'avant le choc : {price}\u00a0$",
    "price a milestone needed": "cours qu'exigeait le palier",
    "2025 (dotted: closes missing in between)": "2025 (pointillés : clôtures manquantes entre deux)",
    "Dots for {n} known closes of {ticker} from {start} to {end}; the lowest is {low} dollars on "
    "{low_day}. A dashed line marks the pre-shock close of {level}.": (
        "Points pour {n} clôtures connues de {ticker}, du {start} au {end} ; la plus basse est de {low} "
        "dollars le {low_day}. Une ligne en tirets marque la clôture d'avant le choc, {level}."
    ),
    " The first known close at or above it is {close} on {day}.": (
        " La première clôture connue à ce niveau ou au-dessus est de {close} le {day}."
    ),
    " A star marks {label} at {price} dollars on {day}.": (
        " Une étoile marque {label} à {price} dollars le {day}."
    ),
    # --- costs ---
    # --- export_controls ---
    # --- distill ---
    # --- claims and verdicts ---
    # --- questions and check ---
    # the prompts of the chapters' exercises (questions.EXERCISES), shown in the student edition
    "days from V3's release to R1's (a whole number)": (
        "nombre de jours entre la sortie de V3 et celle de R1 (un nombre entier)"
    ),
    "days from R1's release to Nvidia's sell-off": (
        "nombre de jours entre la sortie de R1 et la chute de Nvidia"
    ),
    "days from the sell-off to the first regulation event": (
        "nombre de jours entre la chute et le premier événement réglementaire"
    ),
    "the verdict of « quelques jours » read as 2 to 7 days, dated by the reports": (
        "le verdict de « quelques jours » lu comme 2 à 7 jours, daté par les articles de presse"
    ),
    "how many events known to the day fell on a Saturday or a Sunday": (
        "combien d'événements datés au jour près sont tombés un samedi ou un dimanche"
    ),
    "the number of shares that makes the loss exactly 600 billion dollars": (
        "le nombre d'actions qui donne une perte d'exactement 600 milliards de dollars"
    ),
    "Meta's dollar loss with Nvidia's fall of 27 January 2025, in USD": (
        "la perte de Meta en dollars avec la chute de Nvidia du 27 janvier 2025, en USD"
    ),
    "the fall that erases exactly 600 billion dollars, as a positive fraction": (
        "la baisse qui efface exactement 600 milliards de dollars, en fraction positive"
    ),
    "the S&P 500's move had Nvidia closed unchanged, as a fraction": (
        "la variation du S&P 500 si Nvidia avait clôturé inchangée, en fraction"
    ),
    "the change in the share count from January to July 2025, as a fraction": (
        "la variation du nombre d'actions de janvier à juillet 2025, en fraction"
    ),
    "True if your total equals the sum of reported_cost_usd, else False": (
        "True si votre total égale la somme de reported_cost_usd, sinon False"
    ),
    "your BF16 MFU divided by your FP8 MFU": "votre MFU en BF16 divisé par votre MFU en FP8",
    "V3's GPU-hours (all three stages) in GPU-days": ("les heures-GPU de V3 (les trois étapes) en jours-GPU"),
    "how many usd_per_gpu_hour prices lie above the break-even price": (
        "combien de prix usd_per_gpu_hour dépassent le prix d'équilibre"
    ),
    "the total of the waterfall with the four example assumptions, in USD": (
        "le total de la cascade avec les quatre hypothèses de l'exemple, en USD"
    ),
    "the L40's ECCN under the 2023 rule ('none', or None, if it is not controlled)": (
        "l'ECCN de la L40 selon la règle de 2023 ('none', ou None, si elle n'est pas contrôlée)"
    ),
    "True if the 2022 rule controlled the L40, else False": (
        "True si la règle de 2022 contrôlait la L40, sinon False"
    ),
    "the TPP at which a datacenter chip on 814 mm² becomes controlled": (
        "la TPP à partir de laquelle une puce de centre de données de 814 mm² est contrôlée"
    ),
    "how far the H20's TPP is below that line": "de combien la TPP de la H20 est sous ce seuil",
    "True if the 2022 rule controlled the H800, else False": (
        "True si la règle de 2022 contrôlait la H800, sinon False"
    ),
    "True if the 2023 rule controls the H800, else False": (
        "True si la règle de 2023 contrôle la H800, sinon False"
    ),
    "the magazine's RTX 4090 TPP divided by the right one": (
        "la TPP de la RTX 4090 donnée par le magazine divisée par la bonne"
    ),
    "the largest die area, in mm², that puts the L20 in tier b.2": (
        "la plus grande surface de puce, en mm², qui place la L20 dans la catégorie b.2"
    ),
    "the entropy of the probabilities at T = 2, in nats": ("l'entropie des probabilités à T = 2, en nats"),
    "True if, with alpha=0, the temperature changes the loss, else False": (
        "True si, avec alpha=0, la température change la perte, sinon False"
    ),
    "soft targets' gain over hard labels at T = 2, seeds 10 to 19, in points": (
        "le gain des cibles souples sur les étiquettes dures à T = 2, graines 10 à 19, en points"
    ),
    "how many distilled models beat GPT-4o-0513 on GPQA Diamond": (
        "combien de modèles distillés battent GPT-4o-0513 sur GPQA Diamond"
    ),
    "the verdict of the 600 billion claim with the early price print": (
        "le verdict de l'affirmation des 600 milliards avec le cours publié le plus tôt"
    ),
    # --- the instructors' page (tools/syllabus.py) ---
    "{n} minutes": "{n} minutes",
    "chapter": "chapitre",
    "time to read and run": "temps de lecture et d'exécution",
    "assignment": "devoir",
    "estimated time": "durée estimée",
    "points (checked / written)": "points (vérifiés / rédigés)",
    "questions by difficulty": "questions par difficulté",
    "difficulty": "difficulté",
    "what the question asks": "ce que demande la question",
    "★☆☆ routine": "★☆☆ routine",
    "★★☆ multi-step": "★★☆ plusieurs étapes",
    "★★★ judgement": "★★★ jugement",
    "one lookup or one library call, as shown in the chapter": (
        "une recherche ou un appel à la bibliothèque, comme dans le chapitre"
    ),
    "several steps to combine, or the row, method or unit to choose, or a widget to set to a target": (
        "plusieurs étapes à combiner, ou la ligne, la méthode ou l'unité à choisir, ou un widget à "
        "régler sur une cible"
    ),
    "an argument from the data: weigh sources, readings or evidence (the written answers)": (
        "un argument tiré des données : peser sources, lectures ou preuves (les réponses rédigées)"
    ),
    "day": "jour",
    "in class (session of {n} minutes)": "en classe (séance de {n} minutes)",
    "chapter, minutes": "chapitre, minutes",
    "assignment, minutes": "devoir, minutes",
    "of which in class": "dont en classe",
    "at home": "à la maison",
    "discussion question ({n} minutes)": "question de discussion ({n} minutes)",
    "Chapter {n}": "Chapitre {n}",
    "Assignment {n}": "Devoir {n}",
    "take-home": "à la maison",
    "Which date would you print, and why?": "Quelle date imprimeriez-vous, et pourquoi ?",
    'Is "the biggest loss in history" a fair headline?': (
        "« La plus grosse perte de l'histoire » : le titre est-il juste ?"
    ),
    "What does a training cost leave out?": "Que laisse de côté un coût d'entraînement ?",
    "Did the controls fail, or work as written?": (
        "Les contrôles ont-ils échoué, ou fonctionné comme ils étaient écrits ?"
    ),
    'What can "distillation" prove, and what not?': (
        "Que peut prouver la « distillation », et que ne peut-elle pas prouver ?"
    ),
    "Which claim would you correct on air, and how?": (
        "Quelle affirmation corrigeriez-vous à l'antenne, et comment ?"
    ),
    # --- the student edition (tools/student_edition.py) ---
    "Figure {number}": "Figure {number}",
    "**Figure {number}.**": "**Figure {number}.**",
    "{text} (a page of the book)": "{text} (une page du livre)",
    "...  # None can be an answer here, so the cell starts with ...": (
        "...  # None peut être une réponse ici : la cellule commence donc par ..."
    ),
    "# Exercise {number}: {prompt}": "# Exercice {number} : {prompt}",
    "### Exercise {number}": "### Exercice {number}",
    "# immediate feedback on your answers": "# un retour immédiat sur vos réponses",
    "Solution to exercise {number} (click to open)": "Solution de l'exercice {number} (cliquer pour ouvrir)",
    "## Solutions": "## Solutions",
    "Try each exercise before you open its solution: click a title to unfold it.": (
        "Cherchez chaque exercice avant d'ouvrir sa solution : cliquez sur un titre pour la déplier."
    ),
    "# The language of the course's figures, widgets and check()'s feedback.": (
        "# Le cours en français : figures, widgets et retours de check()."
    ),
    "This notebook needs the course library (deepseek_shock) and its data. The course's "
    "repository address was not set when this edition was made: upload the course folder, "
    "then run `pip install -e <folder>`; or ask your instructor (who sets repository.url "
    "in _config.yml and runs `make student`).": (
        "Ce notebook a besoin de la bibliothèque du cours (deepseek_shock) et de ses données. "
        "L'adresse du dépôt du cours n'était pas renseignée quand cette édition a été produite : "
        "téléversez le dossier du cours, puis lancez `pip install -e <dossier>` ; ou demandez à "
        "votre enseignant (qui renseigne repository.url dans _config.yml et lance `make student`)."
    ),
    "# Set-up for Google Colab; it does nothing anywhere else (JupyterLab, Binder, a JupyterHub).": (
        "# Installation pour Google Colab ; ne fait rien ailleurs (JupyterLab, Binder, un JupyterHub)."
    ),
}
