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
    "<p><b>{n}</b> events shown, {start} – {end}.</p>": (
        "<p><b>{n}</b> événements affichés, {start} – {end}.</p>"
    ),
    # --- market ---
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
