/**
 * Given names (first names) as plain data: German, English, Romance, Dutch and
 * Scandinavian, Slavic (with German and English transliterations), Greek,
 * Hungarian, Baltic, Turkish, Arabic, Persian, Hebrew, African and East Asian
 * names that German news text uses. Space-separated; case as written.
 * A name that is also a common German word (Mark, Ernst, Wolf, …) is listed
 * in `ambiguousGivenNames` too, so it counts only before a surname.
 */
const german = `
Adam Adalbert Adolf Adrian Albert Albrecht Alexander Alfons Alfred Alois Andreas Anselm Anton Armin Arnd Arndt Arne Arno Arnold Arthur Artur
August Axel Balthasar Bastian Benedikt Benjamin Benno Bernd Bernhard Berthold Bertold Björn Bodo Boris Bruno Burkhard Carl Carlo Carsten Christian Christoph Christopher
Claus Clemens Conrad Constantin Cornelius Dagobert Daniel David Denis Dennis Detlef Detlev Dieter Dietmar Dietrich Dirk Dominik Eberhard Eckart Eckhard Eckhart Edgar Eduard Edmund Egon
Ekkehard Elias Emil Emanuel Engelbert Erhard Erich Erik Erwin Eugen Ewald Fabian Felix Ferdinand Florian Franz Friedemann Friedhelm Friedrich Fritz Gabriel Georg Gerald Gerd Gerhard Gerhart Gernot
Gert Gerrit Gottfried Gotthold Gottlieb Gregor Guido Günter Günther Gunter Gunther Gustav Hagen Hannes Hanno Hans Harald Hartmut Hartwig Heiko Heiner Heinrich Heinz Helge Helmut Helmuth Henning Henrik
Herbert Heribert Hermann Horst Hubert Hubertus Hugo Ignaz Ingo Ingolf Jakob Jan Jens Jochen Joachim Johann Johannes Jonas Jonathan Jörg Jörn Josef Joseph Julian Julius Jürgen Justus Kai Karl Karsten
Kaspar Kasimir Klaus Konrad Konstantin Kurt Lars Leonhard Leopold Linus Lorenz Lothar Lucas Ludger Ludwig Lukas Lutz Manfred Marcel Marco Marcus Mario Marius Markus Martin Mathias Matthäus Matthias Max
Maximilian Meinhard Michael Mirko Moritz Nico Niklas Nikolaus Norbert Olaf Oliver Ortwin Oskar Oswald Otfried Otmar Ottmar Otto Pascal Patrick Paul Peer Peter Philipp Rainer Ralf Ralph Reiner Reinhard
Reinhart Reinhold Rolf Roland Rudi Rudolf Rüdiger Rupert Sascha Sebastian Siegfried Sigmar Sigurd Simon Stefan Steffen Stephan Sven Theo Theodor Thilo Thomas Thorsten Tilman Tim Timo Tobias Torsten
Udo Ulf Ulrich Urs Uwe Valentin Viktor Vincent Volker Volkmar Waldemar Walter Walther Werner Wilfried Wilhelm Willi Willy Winfried Wolfgang Wolfram Xaver Yannick Gerold Ansgar Egbert Wendelin
Ada Adele Adelheid Agathe Agnes Alexandra Alice Amalie Andrea Angela Angelika Anita Anja Anke Anna Anne Annegret Annemarie Annette Antje Antonia Ariane Astrid Barbara Beate Beatrix Bettina Bianca Birgit
Brigitte Britta Carina Carla Carmen Carola Caroline Charlotte Christa Christiane Christina Christine Claudia Clara Cornelia Dagmar Daniela Dora Doris Dorothea Dorothee Edith Elfriede Elisabeth Elke Ella
Elli Elsa Else Emma Erika Esther Eva Evelyn Franziska Frauke Frieda Friederike Gabi Gabriele Gerda Gertrud Gesine Gisela Greta Gudrun Hanna Hannah Hannelore Hedwig Heide Heidemarie Heidi Heike Helene
Helga Henriette Hildegard Hilde Ilse Ina Ines Inge Ingeborg Ingrid Irene Iris Irmgard Isabel Isabell Isolde Jana Janina Jasmin Jennifer Jessica Johanna Josefine Judith Julia Juliane Jutta Karin Karla
Katharina Kathrin Katja Katrin Kerstin Klara Kornelia Kristina Lea Lena Leonie Lieselotte Lilli Lina Linda Lisa Lore Lotte Luise Lydia Magdalena Maike Manuela Mareike Margarete Margit Margot Margret Margrit
Maria Marianne Marie Marina Marion Marlene Marta Martha Martina Mathilde Melanie Meike Michaela Miriam Monika Nadine Nadja Natalie Nicole Nina Nora Olga Petra Pia Regina Regine Renate Rita Romy Rosemarie
Ruth Sabine Sabina Sandra Sara Sarah Saskia Silke Silvia Simone Sonja Sophie Stefanie Stephanie Susanne Svenja Sybille Sibylle Tanja Theresa Therese Tina Ulla Ulrike Ursula Ute Valerie Vera Verena Veronika Viola
Waltraud Wiebke Yvonne Zoe Annalena Saskia Malu Ricarda Sahra Frauke Heidrun Wilma Ilka Imke Insa Marieluise Rosa Roswitha Sieglinde Sigrid Sofie Svea Thea Ulrica Hertha Herta Liselotte Elfi Elisa Emilia Mia
`;
const english = `
Aaron Abraham Al Alan Albert Alec Alex Alfred Allan Allen Andrew Andy Anthony Archie Arnold Austin Barack Barry Ben Bernard Bernie Bert Bill Billy Bob Bobby Brad Bradley Brandon Brendan Brian Bruce Bryan
Burt Calvin Cameron Carl Charles Charlie Chris Christopher Chuck Clark Clint Colin Craig Dale Dan Danny Darren Dave Dean Dennis Derek Dick Don Donald Doug Douglas Duncan Dustin Dwight Ed Eddie Edward
Elon Eric Ernest Ethan Evan Frank Fred Freddie Gary Gavin Gene Geoff Geoffrey George Gerry Gordon Graham Grant Greg Gregory Hank Harold Harry Harvey Henry Howard Hugh Ian Isaac Jack Jackie Jake James
Jamie Jared Jason Jay Jeff Jeffrey Jeremy Jerry Jim Jimmy Joe Joey John Johnny Jon Jonathan Josh Joshua Justin Keith Ken Kenneth Kevin Kim Kirk Kurt Kyle Larry Lawrence Lee Len Leonard Leroy Lewis Liam Lindsey
Lloyd Lou Louis Luke Malcolm Marc Mark Marshall Martin Matt Matthew Maurice Mel Michael Mick Mike Mitch Mitt Morgan Nancy Nathan Neil Nick Nicholas Nigel Noah Norman Oliver Oscar Owen Pat Patrick Paul Pete Peter
Phil Philip Ralph Randy Ray Raymond Reed Rex Richard Rick Ricky Rob Robert Robin Rod Rodney Roger Ron Ronald Ronnie Ross Roy Russell Ryan Sam Samuel Scott Sean Seth Shane Sid Simon Stan Stanley Stephen Steve
Steven Stuart Ted Teddy Terry Thomas Tim Timothy Todd Tom Tommy Tony Travis Trevor Tyler Vince Wallace Walt Warren Wayne Wesley Will William Willie Zach Zachary Hunter Tucker Lindsay Rand Newt Kash Tulsi
Abigail Alison Allison Amanda Amber Amy Angela Angie Ann Anne Annie Ashley Audrey Barbara Betty Beverly Brenda Brittany Carol Caroline Carrie Catherine Cathy Cheryl Christine Cindy Claire Courtney Cynthia
Daisy Dana Debbie Deborah Denise Diana Diane Donna Doris Dorothy Elaine Eleanor Elizabeth Ellen Emily Emma Erin Eve Evelyn Fiona Florence Frances Gillian Gloria Grace Hailey Heather Helen Hillary Holly
Jacqueline Jane Janet Janice Jean Jennifer Jenny Jessica Jill Joan Joanna Joanne Jodie Joyce Judy Julie Karen Kate Katherine Kathleen Kathy Katie Kay Kelly Kimberly Kristen Kristi Laura Lauren Linda Lisa Liz
Lois Lorraine Louise Lucy Lynn Madeleine Madeline Maggie Margaret Marilyn Marjorie Martha Mary Megan Melania Melissa Meryl Michelle Molly Nancy Naomi Natalie Nicola Nikki Olivia Pamela Patricia Paula Peggy
Penny Rachel Rebecca Rita Rosalind Rose Ruby Sally Samantha Sandra Sarah Sharon Sheila Shirley Sophia Stacey Stephanie Sue Susan Suzanne Tammy Taylor Teresa Tiffany Tracy Ursula Valerie Vanessa Victoria
Virginia Wendy Whitney Yvonne Kamala Ivanka Kristi Karoline Marjorie Ilhan Alexandria Condoleezza Madeleine Nikki Tulsi Elise Kari Stacey Pam Kelly Usha Lara Tiffany Jared Eric Barron Hope
`;
const romance = `
Alain Alexandre Alphonse André Antoine Arnaud Benoît Bernard Bruno Charles Christophe Claude Damien Didier Dominique Édouard Emmanuel Éric Étienne Fabien Fabrice François Frédéric Gabriel Gaston Georges
Gérard Gilles Guillaume Guy Henri Hervé Hugues Jacques Jean Jérôme Joël Julien Laurent Léon Louis Luc Marcel Marc Mathieu Maurice Michel Nicolas Olivier Pascal Patrice Philippe Pierre Raphaël Rémi
Renaud René Robert Roger Sébastien Serge Stéphane Thierry Valéry Vincent Xavier Yves Ségolène Marine Martine Brigitte Chantal Christine Claire Élisabeth Françoise Isabelle Jacqueline Monique Nathalie
Simone Sylvie Valérie Véronique Anne Cécile Corinne Delphine Florence Hélène Juliette Manon Mathilde Sandrine Solène Agnès Gabriel Édith Marion Jordan
Alberto Alessandro Alessio Andrea Angelo Antonio Carlo Claudio Dario Davide Enrico Enzo Fabio Federico Filippo Francesco Franco Gabriele Giacomo Gianni Giorgio Giovanni Giuseppe Giulio Giuliano Lorenzo
Luca Luciano Luigi Marcello Marco Mario Massimo Matteo Maurizio Mauro Nicola Paolo Pietro Raffaele Riccardo Roberto Romano Salvatore Sergio Silvio Simone Stefano Tommaso Umberto Valerio Vittorio Fiorello Benito
Giorgia Alessandra Anna Chiara Elena Federica Francesca Giulia Laura Lucia Paola Sofia Valentina Silvia Ursula Elly  Pier Gianluca Gennaro Nino Rocco Sandro Ugo
Adolfo Alejandro Alfonso Álvaro Andrés Ángel Antonio Carlos Cristiano César Diego Eduardo Emilio Enrique Esteban Felipe Fernando Francisco Gabriel Gerardo Gonzalo Guillermo Gustavo Héctor Hugo Ignacio
Jaime Javier Jesús Joaquín Jorge José Juan Julio Leonardo Lionel Luis Manuel Marcos Mariano Martín Miguel Nicolás Óscar Pablo Pedro Rafael Ramón Raúl Ricardo Roberto Rodrigo Salvador Santiago Sergio Víctor
Xavi Iker Íñigo Lula Jair Evo Nicolás Hugo Fidel Raúl Ernesto Che Augusto Mauricio Gabriel Javier Gustavo Andrés Alberto Cristina Isabel Juana Lucía María Marta Mercedes Pilar Rosa Teresa Carmen Dolores
Beatriz Gabriela Valeria Daniela Ximena Dilma Claudia Michelle Fernanda Paulo João Joaquim Luís Marcelo Rui Tiago Vítor Sebastião Francisca Inês Ana Marisa António Pedro Nuno Gonçalo Sónia Luiz Inácio
`;
const northern = `
Aad Arjen Bart Bas Dick Dirk Edwin Frans Geert Gerrit Hans Hendrik Henk Jaap Jan Jeroen Johan Joost Kees Klaas Koen Mark Maarten Niels Pieter Rob Ruud Rutger Sjoerd Willem Wim Wopke Frits Ank Femke Dilan
Anders Arne Bengt Bjarne Björn Erik Fredrik Gunnar Göran Håkan Henrik Ingvar Jens Jesper Jonas Jørgen Kjell Knut Lars Leif Magnus Mats Mikael Morten Nils Olof Ola Ole Olav Per Peter Rasmus Stefan Stig
Sven Torbjörn Ulf Espen Jonas Jussi Kimi Mika Sauli Alexander Antti Juha Matti Pekka Petteri Teemu Timo Urho Väinö Sanna Annika Astrid Birgitta Greta Ingrid Karin Kerstin Magdalena Mette Sanna Tarja
Ulla Ulrika Helle Margrethe Sigrid Solveig Liv Siv Erna Jonas Kaja Kaia Kristrún Katrín Halla Bjarni Guðni Ólafur Lene Pia Inger Marit Annie Agnetha Anni Frida
Seán Séamus Niamh Siobhán Aoife Leo Micheál Enda Bertie Eamon Éamon Gerry Ciarán Declan Dermot Fergus Conor Connor Cillian
`;
const slavic = `
Aleksandr Aleksander Aleksandar Alexandr Alexej Alexei Alexey Aleksej Aleksei Aleksey Anatoli Anatolij Anatoly Anatolii Andrej Andrei Andrey Andrij Andriy Andrii Anton Arkadi Arkadij Arkady Arseni Arsenij Arseniy
Bogdan Bohdan Boris Borys Denis Denys Dmitri Dmitrij Dmitry Dmitriy Dimitri Dimitrij Dmytro Evgeni Evgenij Evgeny Jewgeni Jewgenij Yevgeny Yevgeniy Yevgeni Eugen Fjodor Fyodor Fedor Fedir Gennadi Gennadij Gennady
Georgi Georgij Georgy Grigori Grigorij Grigory Hryhorij Hryhoriy Igor Ihor Ilja Ilya Iwan Ivan Jaroslaw Jaroslav Yaroslav Jaroslaw Jegor Yegor Jewgeni Juri Jurij Yuri Yuriy Yury Jurii Kirill Kyrylo Konstantin
Kostjantyn Kostiantyn Leonid Maxim Maksim Maksym Michail Mikhail Mychajlo Mykhailo Mykhaylo Mykola Nikolai Nikolaj Nikolay Oleg Oleh Oleksandr Oleksander Oleksij Oleksii Oleksiy Oleksiy Pawel Pavel Pavlo Paul
Petr Pjotr Pyotr Petro Roman Ruslan Sergej Sergei Sergey Sergij Serhij Serhiy Serhii Stanislaw Stanislav Swjatoslaw Sviatoslav Svyatoslav Taras Timur Valentin Valeri Valerij Valery Valerii Vadim Vadym Wadim
Walentin Waleri Walerij Wassili Wassilij Vasily Vasili Vasyl Wiktor Viktor Vitali Vitalij Vitaly Vitalii Witali Witalij Vitaliy Wjatscheslaw Vyacheslav Wladimir Vladimir Volodymyr Wolodymyr Volodimir Volodímir Wolodimir
Vladislav Wladislaw Wladyslaw Władysław Jaroslaw Jarosław Lech Bronisław Bronislaw Donald Andrzej Aleksander Tadeusz Zbigniew Mateusz Radosław Radoslaw Rafał Rafal Krzysztof Przemysław Przemyslaw Wojciech
Jacek Jerzy Józef Kazimierz Marek Mirosław Piotr Ryszard Stanisław Szymon Tomasz Witold Zdzisław Bogusław Czesław Damian Grzegorz Janusz Karol Leszek Łukasz Maciej Michał Paweł Sławomir Waldemar
Václav Vaclav Miloš Milos Jiří Jiri Petr Tomáš Karel Ladislav Zdeněk Zdenek Miroslav Vladimír Andrej Robert Peter Igor Jozef Ján Milan Rudolf Vojtěch Ondřej Jaromír Bohuslav
Slobodan Zoran Dragan Goran Aleksandar Vojislav Radovan Ratko Milorad Milo Ivica Franjo Zlatko Zoran Nenad Novak Stjepan Tomislav Kolinda Andrej Janez Borut Bojan Dejan Luka Nikola Stevo Hashim Edi Ilir
Anastasia Anastasija Alexandra Aleksandra Alla Alina Anna Antonina Darja Daria Dariya Daryna Galina Halyna Irina Iryna Ирина Jekaterina Ekaterina Yekaterina Katerina Kateryna Jelena Elena Olena Jewgenija Julia
Julija Yulia Yuliya Ljudmila Lyudmila Lyudmyla Ljubow Lyubov Maria Marija Mariya Marina Maryna Natalja Natalia Nataliya Natalya Nadeschda Nadezhda Nadiya Olga Olha Oksana Polina Raissa Raisa Svetlana
Swetlana Switlana Svitlana Sofija Tatjana Tatiana Tatyana Tetiana Tetyana Valentina Walentina Vera Wera Viktoria Wiktoria Viktorija Xenia Ksenia Kseniya Zoja Zoya Ewa Agnieszka Beata Katarzyna Małgorzata
Malgorzata Joanna Dorota Elżbieta Magdalena Monika Renata Urszula Zuzana Jana Věra Petra Dana Milena Lenka Iveta Natasa Nataša Mirjana Jasna Vesna Snežana Dragica Zorica Jadranka Marija Kaja Ljudmyla Ulyana
Julija Jewhen Yevhen Jewhenij Yevheniy Olexandr Oleksandra Wolodymyra Hanna Ganna Ruslana Vitali Wiktor Dmitrij Ramsan Ramzan Sergej Jewgeni Igor Alexander Alexej Nikita Nikolai Artjom Artem Artyom
Kliment Klim Jaroslawa Inna Lilia Lilija Zinaida Ludmila Jelisaweta Yelizaveta Elizaveta Jelisawjeta Mila Galyna Oleksiy Wassyl Wasyl Stepan Semjon Semen Semyon Jakow Yakov Jakiw Pjotr Gleb Lew Lev Lavrenti
`;
const other = `
Georgios Giorgos Konstantinos Kostas Dimitrios Dimitris Nikos Nikolaos Yannis Yiannis Giannis Ioannis Andreas Alexis Antonis Kyriakos Panagiotis Vangelis Evangelos Christos Stavros Theodoros Spyros Spiros
Athanasios Thanasis Michalis Manolis Pavlos Petros Sotiris Vassilis Vasilis Wassilis Katerina Maria Eleni Sofia Dora Theophanis Theophánis Aristoteles Sokrates Platon Perikles
Viktor Gábor Gabor Ferenc Zoltán Zoltan László Laszlo István Istvan Sándor Sandor Péter János Janos Attila Imre Tamás Tamas Gyula Lajos Miklós Miklos Katalin Judit Zsuzsanna Erzsébet Ildikó Krisztina
Traian Klaus Victor Ion Ioan Nicolae Gheorghe Vasile Mihai Dan Adrian Călin Calin Dacian Ilie Elena Viorica Maia Igor Rumen Bojko Bojko Boyko Rossen Todor Georgi Kiril Rosen Simeon Jordan Ivaylo
Gitanas Valdas Dalia Ingrida Kersti Kaja Toomas Andrus Arnold Egils Krišjānis Krisjanis Edgars Raimonds Valdis Vaira Artis Evika Jüri Mart Alar Lennart Taavi Juri Vytautas Algirdas Rolandas Ugnė
Ahmet Ahmed Ali Alper Arda Aydın Aydin Bahadır Barış Baris Binali Bülent Bulent Burak Can Cem Cengiz Deniz Devlet Emre Ekrem Erdal  Ercan Ergün Fatih Ferhat Hakan Halil Hasan Hüseyin Huseyin İbrahim
Ibrahim İsmail Ismail Kemal Kenan Levent Mehmet Mesut Mevlüt Mevlut Murat Mustafa Nihat Oğuz Oguz Orhan Osman Özgür Ozgur Recep Sedat Selim Serdar Sinan Süleyman Suleyman Tayyip Tolga Turgut Yusuf Yıldırım
Selahattin  Cem Aylin Ayşe Ayse Elif Emine Fatma Hatice Meral Merve Nesrin Özlem Ozlem Sevim Sibel Tansu Zeynep Canan Derya Gülsen Sevgül Hülya Ebru Aydan Sevim Yasemin Gökhan Ilkay İlkay Nuri Hakan Serdar
Abbas Abd Abdallah Abdel Abdelaziz Abdelfattah Abdul Abdulaziz Abdullah Abdulla Abdullahi Abdulrahman Abed Abu Adel Adnan Ahmad Akram Ala Alaa Amin Amir Amr Anwar Ashraf Ayman Aziz Bandar Bashar Bassam
Bilal Chaled Emad Fadi Fahd Faisal Farouk Faruk Fathi Fawzi Fuad Gamal Ghassan Habib Hafez Haitham Hamad  Hamid Hamza Hani Haniyya Hasan Hashem Hassan Hatem Hisham Hosni Hossam Hussein Ibrahim Ihab
Ismail Issa Jamal Jassim Kamal Karim Khaled Khalid Khalil Laith Mahmoud Mahmud Majid Mansour Marwan Mohamed Mohammad Mohammed Muhammad Mohammad Mohamad Mahmoud Moustafa Mustafa Munir Nabil Naguib Nasser
Nawaf Nizar Omar Osama Othman Qassem Rafik Rafiq Rami Rashid Raschid Riad Riyad Saad Sadiq Saddam Said Saif Salah Saleh Salim Salman Sami Samir  Sultan Tamim Tarek Tarik Tariq Walid Yahya Yasser
Yassir Yusuf Youssef Jussuf Zaid Ziad Zayed Mohammed Hamdan Fayez Hosni Muammar Moammar  Abdelmadschid Abdelmajid Kais Kaies Nouri Nuri Haider Hamid Ismail Jihad  Leila Layla Laila Aisha Aischa
Fatima Hanan Huda Jamila Lina Mariam Maryam Nadia Noor Nour Rania Salma Samira Yasmin Yasmine Zainab Zeinab Amal Dalal Farah Ghada Hala Hind Iman Karima Lamia Malak Rasha Reem Rima Suha Wafa Sawsan Aya
Ali Hassan Hossein Hussein Mahmoud Masoud Massoud Mohsen Mojtaba Morteza Reza Saeed Said Hamid Ebrahim Javad Jawad Mohammad-Javad Abbas Akbar Hashemi Mir Hossein Ruhollah Esmail Ismail Ahmad Shirin Narges
 Asghar Kazem Qasem Ghasem Rouhollah Behrouz Bahman Farhad Dariush Kourosh Parviz Arash Omid Navid Shahram Hamidreza Alireza Mohammadreza Gholam Ashraf Hamed Nasrin Soraya Farah Mahsa Jina Shirin Leyla
Avi Avraham Aharon Amos Ariel Benjamin Benny Binyamin Chaim David Ehud Eli Eliezer Gideon Itamar Jitzchak Jizchak Yitzhak Yitzchak Isaac Jair Yair Moshe Mosche Naftali Reuven Shimon Schimon Shaul Yoav Joav
Yossi Yosef Yigal Zvi Uri Ron Gilad Ilan Bezalel Merav Golda Tzipi Zipi Ayelet Orit Miri Gali Noa Shira Tamar Yael Sara  Isaac Gadi Amichai Itamar Dror Yuval Michal Limor Miriam Nir Ofer Amir
Abiy Ahmed Cyril Jacob Thabo Nelson Desmond Kofi Boutros Muhammadu Goodluck Olusegun Bola Uhuru William Yoweri Paul Paulo Julius Robert Emmerson Kwame Jomo Idi Haile Meles Isaias Salva Omar Félix Felix
Macky Alassane  Laurent Denis Teodoro Jakaya Samia Ellen George Hage Hakainde  Felix Faustin Thomas   Joseph Pierre Bassirou Ousmane Mamadou Moussa Ibrahim Assimi Abdourahamane
Xi Jinping Li Keqiang Qiang Wang Yi Hu Jintao Jiang Zemin Deng Xiaoping Mao Zedong Zhou Enlai Wen Jiabao Han Zheng Ai Weiwei Jack Ma Tsai Ing-wen Lai Ching-te Kim Jong-un Jong-il Il-sung Moon Jae-in Yoon
Suk-yeol Lee Jae-myung Park Geun-hye Shinzo Fumio Yoshihide Shigeru Junichiro Naoto Yukio Taro Akihito Naruhito Hirohito Yoko Sanae Haruki Kenzaburo Takeshi Hayao Narendra Rahul Indira Rajiv Manmohan
Sonia Mahatma Jawaharlal Imran Nawaz Shehbaz Benazir Pervez Asif  Hasina Khaleda Muhammad Aung San Suu Kyi Joko Prabowo Rodrigo Ferdinand Bongbong Anwar Mahathir Najib Lee Hsien Loong Hun Sen
Thaksin Yingluck Prayut Srettha Paetongtarn Pisit Somchai Nguyen Ho Chi Minh Tran Vo Pham Kamala  Rishi Sadiq Priti Suella Anneliese Ashraf Hamid    Hibatullah Zalmay Ashraf
Kemi Keir Boris Theresa Liz Gordon Tony Nick Jeremy Dominic Grant Sajid Michael Ed Ed Yvette Rachel Angela Wes Nigel Jacob Jeremy Priti James Humza Nicola Alex Ruth Olaf Annalena Robert Christian
`;


const more = `
Ernst Ernest Ernesto Egon Eike Elmar Emmerich Erasmus Falk Falko Ferdinand Frieder Friedbert Gebhard Gerold Gisbert Godehard Gottlob Hajo Hans-Jürgen Hans-Peter
Hans-Georg Hans-Joachim Hans-Werner Hans-Ulrich Heinz-Peter Helmar Henner Hinrich Holger Immanuel Jobst Jupp Kilian Knut Konstantin Kuno Lambert Leberecht
Lienhard Ludolf Magnus Malte Manuel Medard Merten Nepomuk Nils Notker Olaf Ole Ottokar Ruprecht Raimund Reimar Reinhard Remigius Roderich Rochus Romuald Ruben
Sönke Sigismund Sigmund Silvester Tassilo Thaddäus Thies Till Tillmann Tilo Traugott Ulli Uli Utz Veit Vinzenz Volkhard Wendelin Wenzel Wigand Wilko Wolf-Dieter
Wolfhard Wunibald Zacharias Adelgunde Alwine Amalia Anneliese Annemarie Apollonia Auguste Bärbel Benedikta Berta Bertha Brunhilde Cäcilie Christel Clementine Dörte
Dietlinde Eleonore Elfriede Elvira Emilie Erna Felicitas Friedel Gerlinde Gertraud Gretel Gundula Hannelore Hedda Helma Henrike Hermine Hildegund Irma Irmtraud
Isabella Josepha Karoline Kunigunde Leni Liesel Lotta Lucie Magda Mechthild Melitta Mina Nele Notburga Ottilie Paula Philippa Rosalie Rosemarie Rotraut Senta
Sieglinde Swantje Theda Trude Ulrike Walburga Wilhelmine Wilhelmina Liselotte Ottilie Gudula Ilona Carmen Jolanthe
Alfie Ambrose Angus Archibald Arthur Barnaby Basil Bertram Cecil Clarence Clifford Cyril Desmond Edgar Edmund Elliot Elliott Emmett Ernie Felix Floyd Francis Gilbert
Godfrey Harrison Herbert Horace Hubert Humphrey Jasper Jerome Julian Lionel Luther Marvin Melvin Mervyn Milton Montgomery Nathaniel Neville Norbert Oswald Percy
Quentin Randolph Reginald Rupert Sebastian Sheldon Sidney Spencer Sylvester Theodore Tobias Vernon Victor Vincent Wilbur Winston Woody Zachariah Elvis Elton
Agnes Alice Beatrice Bernadette Cecilia Clara Constance Cora Dolores Edith Edna Eloise Esther Ethel Eugenia Evangeline Gertrude Gwendolyn Harriet Hazel Ida Irene
Iris Ivy Josephine Judith Lillian Lydia Mabel Margery Mildred Miriam Muriel Nora Olive Pearl Priscilla Rosemary Ruth Sylvia Thelma Vera Viola Violet Winifred Gayle
Madonna Monica Stefani Uma Sienna Scarlett Natalie Penelope Kirsten Kristin Kristina Jessie Hilary Gwyneth Meg Greta Lana Bette Audrey Marilyn Grace Jodie
Jacopo Pierluigi Pier Gianfranco Gianluigi Giancarlo Piero Pino Renzo Rinaldo Ruggero Ettore Emanuele Ferruccio Fausto Flavio Gino Italo Leone Livio Luciano Ottavio
Adriano Aldo Amedeo Arturo Bartolomeo Benedetto Camillo Cesare Corrado Dante Domenico Edoardo Elio Fabrizio Giorgio Guglielmo Ignazio Lamberto Leopoldo Manlio
Amélie Émile Emile Eugène Gaspard Gustave Honoré Jules Lucien Marcelle Noël Octave Odile Pascale Raoul Régis Thibault Timothée Yann Yannick Adolphe Léa Chloé
Josep Jordi Xavier Joan Pau Facundo Agustín Alfredo Armando Bernardo Camilo Cristóbal Emiliano Ernesto Fermín Horacio Lázaro Leandro Mateo Nicanor Rogelio Tomás
Joris Stijn Thijs Sander Lieven Wouter Frederik Pim Daan Lotte Marieke Sanne Inge Ilse Anouk Eline Fenna Famke
Vilhjalmur Gunnlaugur Sigurður Jón Einar Halldór Ragnar Sverre Trygve Harald Haakon Snorre Vidar Øystein Torstein Lykke Grethe Karen Kirsten Marianne Signe Ingeborg
Kyrill Ladislaus Eugeniusz Bolesław Mieczysław Zygmunt Wiesław Henryk Jan Jerzy Tadeusz Bořivoj Přemysl Vratislav Soběslav Bogislaw Barnim Casimir Kasimir
Akihiro Hiroshi Takashi Kenji Yuki Yukio Kazuo Masahiro Haruto Sakura Keiko Akira Ryu Ryuichi Tetsuya Shinji Kenta Satoshi Naomi Jun
Idries Sumaya Teferi Mennan Ömer Omer Osman Mesut Cemile Hayrettin Mehmet Nurettin Kemal Zeki Necmettin Teoman Selçuk
`;

/** Every given name in the lexicon, lower-cased. */
export const givenNames: ReadonlySet<string> = new Set(
  [german, english, romance, northern, slavic, other, more].join(" ").split(/\s+/).filter(Boolean).map((n) => n.toLowerCase())
);

/**
 * Given names that are also ordinary German words or capitalised nouns: they
 * count as a given name only when a surname follows.
 */
export const ambiguousGivenNames: ReadonlySet<string> = new Set(
  `mark ernst wolf rose will frank franken rosa fuchs bar ben can dan deniz eli ella else emma fritz
   golda hope jack jordan kim lee li ma mao may mir nina noah nur pia ray reed rex ron rocco roman said sara
   scheich sheikh sultan tim tom udo ulla urs vera victor wang will yi hu han deng park moon kaiser hamas
   mullah ayatollah kais china paris hunter tucker taylor grant march stanley sonia victoria liberty
   per ali amal hamid lena ernst ernest pearl ivy olive hazel grace basil felix august till iris jun yuki mustafa uri august marine oscar mercedes sky rand virginia hertha bart roland salvador
   anders marlin alexandria roman chi abu wen noa douglas nikolaus jordan`.split(/\s+/).filter(Boolean)
);
